package fi.opeverkko.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.platform.SchoolYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportCellsTest {

  private final List<FieldError> errors = new ArrayList<>();

  @Test
  @DisplayName("A choice is read in any case; an unknown one names the values it may have")
  void choices() {
    assertEquals(SchoolRole.TUTOR, ImportCells.choice(SchoolRole.class, " Tutor ", "role", errors));
    assertNull(ImportCells.choice(SchoolRole.class, "", "role", errors));
    assertTrue(errors.isEmpty());
    assertNull(ImportCells.choice(WorkLanguage.class, "de", "languages", errors));
    assertEquals("languages", errors.get(0).field());
    assertEquals("import.unknownValue", errors.get(0).messageKey());
  }

  @Test
  @DisplayName("Languages are split at commas and spaces; an empty cell means Finnish")
  void languages() {
    assertEquals(
        EnumSet.of(WorkLanguage.FI, WorkLanguage.SV), ImportCells.languages("fi, SV", errors));
    assertEquals(EnumSet.of(WorkLanguage.FI), ImportCells.languages("", errors));
    assertTrue(errors.isEmpty());
  }

  @Test
  @DisplayName("Open unless the cell says otherwise, in Excel's words or people's")
  void active() {
    assertTrue(ImportCells.active("", errors));
    assertTrue(ImportCells.active("kyllä", errors));
    assertFalse(ImportCells.active("FALSE", errors));
    assertFalse(ImportCells.active("nej", errors));
    assertTrue(errors.isEmpty());
    assertTrue(ImportCells.active("maybe", errors));
    assertEquals("active", errors.get(0).field());
  }

  @Test
  @DisplayName("A school year by its start or its label; only a workable one is taken")
  void schoolYears() {
    SchoolYear current = SchoolYear.containing(LocalDate.of(2026, 9, 1));
    List<SchoolYear> workable = List.of(current, current.next());
    assertEquals(current, ImportCells.schoolYear("2026", workable, errors));
    assertEquals(current.next(), ImportCells.schoolYear(" 2027–2028", workable, errors));
    assertTrue(errors.isEmpty());
    assertNull(ImportCells.schoolYear("2025-2026", workable, errors));
    assertEquals("school_year", errors.get(0).field());
  }

  @Test
  @DisplayName("A field's error is named by the file's column")
  void columns() {
    assertEquals(
        "name_fi",
        ImportCells.byColumn(List.of(new FieldError("nameFi", "opeverkko.required")))
            .get(0)
            .field());
  }
}
