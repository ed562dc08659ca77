package fi.opeverkko.network;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV files of schools, people and assignments brought into a city's registry, the way the
 * coordinators keep them in Excel today. A preview names every row's errors; a file is written only
 * when all of its rows are valid, in one transaction, so a broken row leaves nothing behind.
 */
@Stateless
public class NetworkImport {

  @Inject private NetworkScope scope;
  @Inject private SchoolRows schoolRows;
  @Inject private PersonRows personRows;
  @Inject private AssignmentRows assignmentRows;

  /** What importing the file into the city would do; writes nothing. */
  public ImportPreview preview(
      @NotNull ImportKind kind, @NotNull String cityCode, @NotNull byte[] file) {
    return check(kind, file, new ImportPlan(scope.cityInScope(cityCode)));
  }

  /**
   * Imports the file into the city: every row or, when any row is invalid, none.
   *
   * @return how many rows were imported
   */
  public int importFile(@NotNull ImportKind kind, @NotNull String cityCode, @NotNull byte[] file) {
    ImportPlan plan = new ImportPlan(scope.cityInScope(cityCode));
    ImportPreview preview = check(kind, file, plan);
    if (!preview.valid()) {
      throw new NetworkRuleException("import.notValid", preview.invalidRows());
    }
    plan.write();
    return preview.rows().size();
  }

  /** Checks the file's rows in order, planning the writes of the valid ones. */
  private ImportPreview check(ImportKind kind, byte[] file, ImportPlan plan) {
    ImportSheet sheet = ImportSheet.read(kind, file);
    ImportRows checks = rowsOf(kind);
    List<ImportRow> rows = new ArrayList<>();
    for (ImportSheet.Line line : sheet.lines()) {
      if (line.fits()) {
        List<FieldError> errors = new ArrayList<>();
        boolean creates = checks.check(line.values(), plan, errors);
        rows.add(new ImportRow(line.number(), line.values(), List.copyOf(errors), creates));
      } else {
        rows.add(new ImportRow(line.number(), line.values(), line.shapeErrors(), false));
      }
    }
    return new ImportPreview(kind, sheet.fileErrors(), rows);
  }

  private ImportRows rowsOf(ImportKind kind) {
    return switch (kind) {
      case SCHOOLS -> schoolRows;
      case PEOPLE -> personRows;
      case ASSIGNMENTS -> assignmentRows;
    };
  }
}
