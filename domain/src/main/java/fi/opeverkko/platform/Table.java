package fi.opeverkko.platform;

import java.util.List;

/**
 * A list as it is exported, before it is a file: the columns' names and the rows of typed values
 * ({@link String}, {@link Number}, {@link java.time.LocalDate}, {@link java.time.LocalDateTime},
 * {@link Boolean}, an enum; null for an empty cell), so that {@link ExcelCsv} and {@link ExcelXlsx}
 * write the same figures. A column's name is the CSV's header (what the import and scripts read,
 * the same in every language); a workbook shows it in the reader's language.
 */
public record Table(List<String> columns, List<? extends List<?>> rows) {

  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
