package fi.opeverkko.reporting;

import java.util.List;

/**
 * One indicator of the pack as a table: a sheet of the workbook, a chart and a table of the PDF.
 * The first column names the row (a group, or a term over time); the others are figures, numbers or
 * null where there is none (an average without answers).
 *
 * @param charted the columns the chart shows
 * @param overTime whether the rows are terms (a line chart), else groups with their total last (a
 *     bar chart of the groups)
 */
record Indicator(
    String title,
    List<String> columns,
    List<List<Object>> rows,
    List<Integer> charted,
    boolean overTime) {

  Indicator {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    charted = List.copyOf(charted);
  }

  /** The rows the chart draws: the terms, or the groups without their total. */
  List<List<Object>> chartedRows() {
    return overTime || rows.isEmpty() ? rows : rows.subList(0, rows.size() - 1);
  }
}
