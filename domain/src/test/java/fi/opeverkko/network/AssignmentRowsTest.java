package fi.opeverkko.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssignmentRowsTest {

  private final List<FieldError> errors = new ArrayList<>();

  @Test
  @DisplayName(
      "A teacher row is read from the file and has a place however many teachers a school has")
  void teachersHaveNoUpperLimit() {
    SchoolRole role = ImportCells.choice(SchoolRole.class, "teacher", "role", errors);
    assertEquals(SchoolRole.TEACHER, role);
    for (SchoolType type :
        List.of(
            SchoolType.COMPREHENSIVE, SchoolType.GENERAL_UPPER_SECONDARY, SchoolType.VOCATIONAL)) {
      AssignmentRows.checkPlace(role, type, 1, errors);
      AssignmentRows.checkPlace(role, type, 400, errors);
    }
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  @DisplayName(
      "A teacher row for a day care unit is refused in the role column, naming role and type")
  void noTeachersInDayCare() {
    AssignmentRows.checkPlace(SchoolRole.TEACHER, SchoolType.DAY_CARE_UNIT, 1, errors);
    assertEquals(1, errors.size());
    FieldError error = errors.get(0);
    assertEquals("role", error.field());
    assertEquals("rule.roleNotInSchoolType", error.messageKey());
    assertArrayEquals(
        new Object[] {SchoolRole.TEACHER, SchoolType.DAY_CARE_UNIT}, error.arguments());
  }

  @Test
  @DisplayName("A limited role is full beyond its places, counting the file's own rows")
  void limitedRolesFill() {
    AssignmentRows.checkPlace(SchoolRole.TUTOR, SchoolType.COMPREHENSIVE, 4, errors);
    assertTrue(errors.isEmpty());
    AssignmentRows.checkPlace(SchoolRole.TUTOR, SchoolType.COMPREHENSIVE, 5, errors);
    assertEquals("rule.roleFull", errors.get(0).messageKey());
    assertArrayEquals(new Object[] {SchoolRole.TUTOR, 4}, errors.get(0).arguments());
  }
}
