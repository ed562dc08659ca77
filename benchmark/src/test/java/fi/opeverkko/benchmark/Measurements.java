package fi.opeverkko.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the virtual users measured, per page: each view's time (from the request to its last byte,
 * redirects included) and the SQL statements the portal counted for it. Gatling's own report keeps
 * its view of the same run; this one gives the table of issue 18.
 */
final class Measurements {

  record PageFigures(
      String page,
      int views,
      long p50,
      long p95,
      double perSecond,
      Integer statementsMedian,
      Integer statementsMax) {}

  private static final Map<String, ConcurrentLinkedQueue<Long>> TIMES = new ConcurrentHashMap<>();
  private static final Map<String, ConcurrentLinkedQueue<Integer>> STATEMENTS =
      new ConcurrentHashMap<>();
  private static final List<String> ORDER = Collections.synchronizedList(new ArrayList<>());

  private Measurements() {}

  /** Whether views are measured yet: not while the server warms up. */
  private static volatile boolean measuring;

  private static volatile long measuringSince;

  /** From now on views are measured, and the throughput is counted from now (the first call). */
  static synchronized void start() {
    if (!measuring) {
      measuringSince = System.nanoTime();
      measuring = true;
    }
  }

  /** The seconds since measuring started. */
  static double secondsMeasured() {
    return (System.nanoTime() - measuringSince) / 1e9;
  }

  static void time(String page, long millis) {
    if (!measuring) {
      return;
    }
    TIMES
        .computeIfAbsent(
            page,
            name -> {
              ORDER.add(name);
              return new ConcurrentLinkedQueue<>();
            })
        .add(millis);
  }

  static void statements(String page, int count) {
    if (!measuring) {
      return;
    }
    STATEMENTS.computeIfAbsent(page, name -> new ConcurrentLinkedQueue<>()).add(count);
  }

  /** Each page's figures in the order first measured; throughput over the run's seconds. */
  static List<PageFigures> figures(double seconds) {
    List<PageFigures> figures = new ArrayList<>();
    synchronized (ORDER) {
      for (String page : ORDER) {
        List<Long> times = sorted(TIMES.get(page));
        List<Integer> counts = sorted(STATEMENTS.getOrDefault(page, new ConcurrentLinkedQueue<>()));
        figures.add(
            new PageFigures(
                page,
                times.size(),
                percentile(times, 50),
                percentile(times, 95),
                times.size() / seconds,
                counts.isEmpty() ? null : counts.get(counts.size() / 2),
                counts.isEmpty() ? null : counts.get(counts.size() - 1)));
      }
    }
    return figures;
  }

  private static <T extends Comparable<T>> List<T> sorted(ConcurrentLinkedQueue<T> values) {
    List<T> list = new ArrayList<>(values);
    Collections.sort(list);
    return list;
  }

  /** Nearest-rank percentile. */
  private static long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
