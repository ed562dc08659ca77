package fi.opeverkko.web.network;

import fi.opeverkko.network.ImportKind;
import fi.opeverkko.network.ImportPreview;
import fi.opeverkko.network.ImportRow;
import fi.opeverkko.network.NetworkImport;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.CityScope;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.stream.Collectors;

/**
 * A coordinator brings a CSV file of schools, people or assignments into their city: first a
 * preview with every row's errors, then, only for a valid file, the import itself.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Bigger than any city's registry as CSV; the servlet's own limit is higher still. */
  private static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

  @Inject private NetworkImport imports;
  @Inject private Texts texts;
  @Inject private Actions actions;
  @Inject private CityScope scope;

  private ImportKind kind = ImportKind.SCHOOLS;
  private transient Part file;
  private byte[] content;
  private ImportPreview preview;

  public void load() {
    scope.read();
  }

  /** Reads the chosen file and shows what importing it would do; writes nothing. */
  public void preview() throws IOException {
    preview = null;
    content = null;
    if (file == null || file.getSize() == 0) {
      texts.errorKey("import.chooseFile");
      return;
    }
    if (file.getSize() > MAX_FILE_BYTES) {
      texts.errorKey("import.tooBig", MAX_FILE_BYTES / 1024 / 1024);
      return;
    }
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    }
    preview = imports.preview(kind, scope.getCode(), content);
  }

  /** Imports the previewed file: all of its rows, or none. */
  public void importFile() {
    if (content == null) {
      texts.errorKey("import.chooseFile");
      return;
    }
    actions
        .call(() -> imports.importFile(kind, scope.getCode(), content))
        .ifPresent(
            imported -> {
              texts.info("import.done", imported);
              preview = null;
              content = null;
            });
  }

  /**
   * The row's errors in the user's language, each with the column it concerns by its name in the
   * user's language and in the file, and the value the file gave when the message does not say it;
   * an error that two checks found is said once.
   */
  public String errorsOf(ImportRow row) {
    return row.errors().stream()
        .map(
            error -> {
              String column = texts.get("importColumn." + error.field());
              String message = texts.describe(error);
              String given = givenIn(row, error.field());
              return given.isEmpty() || message.contains(given)
                  ? texts.get("import.columnError", column, error.field(), message)
                  : texts.get("import.columnValueError", column, error.field(), message, given);
            })
        .distinct()
        .collect(Collectors.joining("; "));
  }

  /** What the row has in the column; empty for a row error that concerns no one column. */
  private String givenIn(ImportRow row, String column) {
    int index = preview.kind().columns().indexOf(column);
    return index < 0 || index >= row.values().size() ? "" : row.values().get(index).strip();
  }

  /** The row's cells as the file had them. */
  public String valuesOf(ImportRow row) {
    return String.join(" ; ", row.values());
  }

  public String fileErrors() {
    return preview.fileErrors().stream()
        .map(texts::describe)
        .distinct()
        .collect(Collectors.joining("; "));
  }

  public ImportKind[] getKinds() {
    return ImportKind.values();
  }

  /** The city the page acts on. */
  public CityScope getScope() {
    return scope;
  }

  public ImportKind getKind() {
    return kind;
  }

  public void setKind(ImportKind kind) {
    this.kind = kind;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ImportPreview getPreview() {
    return preview;
  }
}
