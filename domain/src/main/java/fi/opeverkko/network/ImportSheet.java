package fi.opeverkko.network;

import fi.opeverkko.platform.ExcelCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded file read for an import: its header held against the kind's columns, and each data
 * row's cells put in the order of those columns, whatever order the file has them in. What is wrong
 * with the file as a whole stops the import before any row is looked at.
 *
 * @param fileErrors what is wrong with the file as a whole; when any, there are no lines
 * @param lines the data rows
 */
record ImportSheet(List<FieldError> fileErrors, List<ImportSheet.Line> lines) {

  /** A city has a few thousand people at most; a bigger file is a mistake. */
  static final int MAX_ROWS = 5000;

  /** The "column" of a row error about the row's number of cells. */
  static final String CELLS = "cells";

  /**
   * One data row.
   *
   * @param number the row's line number in the file (the header is line 1)
   * @param values the cells in the order of the kind's columns, or as the file has them when they
   *     do not fit the header
   * @param shapeErrors why the cells do not fit the header; empty when they do
   */
  record Line(int number, List<String> values, List<FieldError> shapeErrors) {

    boolean fits() {
      return shapeErrors.isEmpty();
    }
  }

  /** The file's rows for an import of the kind; never throws on a broken file, names it. */
  static ImportSheet read(ImportKind kind, byte[] file) {
    ExcelCsv.Sheet sheet;
    try {
      sheet = ExcelCsv.read(file);
    } catch (IllegalArgumentException unreadable) {
      return refused("import.unreadable");
    }
    List<String> header =
        sheet.header().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    List<String> missing =
        kind.columns().stream().filter(column -> !header.contains(column)).toList();
    if (!missing.isEmpty()) {
      return refused("import.missingColumns", String.join(", ", missing));
    }
    if (kind.columns().stream().anyMatch(c -> header.indexOf(c) != header.lastIndexOf(c))) {
      return refused("import.unreadable");
    }
    if (sheet.rows().isEmpty()) {
      return refused("import.empty");
    }
    if (sheet.rows().size() > MAX_ROWS) {
      return refused("import.tooManyRows", MAX_ROWS);
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < sheet.rows().size(); i++) {
      List<String> cells = sheet.rows().get(i);
      int number = i + 2;
      if (cells.size() != header.size()) {
        // A cell too many or too few puts the row's values under the wrong columns: reading it
        // by the header would cut it or shift it without a word.
        lines.add(
            new Line(
                number,
                cells,
                List.of(new FieldError(CELLS, "import.cellCount", cells.size(), header.size()))));
      } else {
        lines.add(
            new Line(
                number,
                kind.columns().stream().map(c -> cells.get(header.indexOf(c))).toList(),
                List.of()));
      }
    }
    return new ImportSheet(List.of(), lines);
  }

  private static ImportSheet refused(String messageKey, Object... arguments) {
    return new ImportSheet(List.of(new FieldError("file", messageKey, arguments)), List.of());
  }
}
