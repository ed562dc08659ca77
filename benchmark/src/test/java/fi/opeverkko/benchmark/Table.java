package fi.opeverkko.benchmark;

import java.util.List;
import java.util.Locale;

/** The benchmark's table, as Markdown for docs/performance.md and the terminal alike. */
final class Table {

  private Table() {}

  static String markdown(List<Measurements.PageFigures> figures, String barePage) {
    long bareP95 =
        figures.stream()
            .filter(f -> f.page().equals(barePage))
            .mapToLong(Measurements.PageFigures::p95)
            .findFirst()
            .orElse(0);
    StringBuilder table =
        new StringBuilder(
            "| page | views | p50 ms | p95 ms | views/s | p95 / bare p95 | SQL statements (median, max) |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Measurements.PageFigures f : figures) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %.1f | %s | %s |%n",
              f.page(),
              f.views(),
              f.p50(),
              f.p95(),
              f.perSecond(),
              bareP95 == 0 ? "-" : String.format(Locale.ROOT, "%.1f", f.p95() / (double) bareP95),
              f.statementsMedian() == null
                  ? "-"
                  : f.statementsMedian() + ", " + f.statementsMax()));
    }
    return table.toString();
  }
}
