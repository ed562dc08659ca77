package fi.opeverkko.benchmark;

import java.util.List;
import java.util.Locale;

/** The benchmark's table, as Markdown for docs/performance.md and the terminal alike. */
final class Table {

  private Table() {}

  /**
   * A row a page, then the sign-in's target: its p95 within Keycloak's form post alone plus twice
   * the bare page's p95.
   */
  static String markdown(
      List<Measurements.PageFigures> figures, String barePage, String signIn, String keycloakPost) {
    long bareP95 = p95(figures, barePage);
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
    long signInP95 = p95(figures, signIn);
    long postP95 = p95(figures, keycloakPost);
    if (signInP95 > 0 && postP95 > 0 && bareP95 > 0) {
      long target = postP95 + 2 * bareP95;
      table.append(
          String.format(
              Locale.ROOT,
              "%nSign-in p95 %d ms; target %d ms (Keycloak's form post alone %d + 2 × bare page %d):"
                  + " %s.%n",
              signInP95,
              target,
              postP95,
              bareP95,
              signInP95 <= target ? "met" : "missed by " + (signInP95 - target) + " ms"));
    }
    return table.toString();
  }

  /**
   * The saturated throughput of each page measured alone (its views in the run's seconds, every
   * user looping on it at once) against the bare page's; issue 18's target is at least 0.25.
   */
  static String throughput(
      List<Measurements.PageFigures> figures, String prefix, String barePage, int seconds) {
    double bare =
        figures.stream()
                .filter(f -> f.page().equals(prefix + barePage))
                .mapToInt(Measurements.PageFigures::views)
                .findFirst()
                .orElse(0)
            / (double) seconds;
    StringBuilder table =
        new StringBuilder(
            "| page alone | views | views/s | / bare page's views/s | p50 ms | p95 ms |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Measurements.PageFigures f : figures) {
      if (f.page().startsWith(prefix)) {
        double perSecond = f.views() / (double) seconds;
        table.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %s | %d | %d |%n",
                f.page().substring(prefix.length()),
                f.views(),
                perSecond,
                bare == 0 ? "-" : String.format(Locale.ROOT, "%.2f", perSecond / bare),
                f.p50(),
                f.p95()));
      }
    }
    return table.toString();
  }

  /** The page's p95, 0 when it was not measured. */
  private static long p95(List<Measurements.PageFigures> figures, String page) {
    return figures.stream()
        .filter(f -> f.page().equals(page))
        .mapToLong(Measurements.PageFigures::p95)
        .findFirst()
        .orElse(0);
  }
}
