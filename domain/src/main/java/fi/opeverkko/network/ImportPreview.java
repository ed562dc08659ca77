package fi.opeverkko.network;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a file would do, row by row, before anything is written.
 *
 * @param kind what the file brings
 * @param fileErrors what is wrong with the file as a whole (no header, a missing column...)
 * @param rows the data rows
 */
public record ImportPreview(ImportKind kind, List<FieldError> fileErrors, List<ImportRow> rows)
    implements Serializable {

  /** A file is imported only when every row of it can be: all or nothing. */
  public boolean valid() {
    return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(ImportRow::valid);
  }

  public long invalidRows() {
    return rows.stream().filter(row -> !row.valid()).count();
  }
}
