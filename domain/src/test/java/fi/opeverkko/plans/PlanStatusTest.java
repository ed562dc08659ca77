package fi.opeverkko.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PlanStatusTest {

  /** Every status against every action, by hand: "-" means refused. Columns: PlanAction order. */
  private static final String TABLE =
      """
      status     START  SUBMIT     RETURN    APPROVE
      DRAFT      -      SUBMITTED  -         -
      SUBMITTED  -      -          RETURNED  APPROVED
      RETURNED   -      SUBMITTED  -         -
      APPROVED   -      -          -         -
      """;

  @TestFactory
  Stream<DynamicTest> everyStatusAgainstEveryAction() {
    List<String[]> rows = TABLE.lines().map(line -> line.trim().split("\\s+")).toList();
    assertEquals(
        Arrays.stream(PlanAction.values()).map(Enum::name).toList(),
        List.of(rows.get(0)).subList(1, rows.get(0).length),
        "the table's columns are the actions");
    return rows.stream()
        .skip(1)
        .flatMap(
            row ->
                Arrays.stream(PlanAction.values())
                    .map(
                        action -> {
                          PlanStatus from = PlanStatus.valueOf(row[0]);
                          String to = row[action.ordinal() + 1];
                          return DynamicTest.dynamicTest(
                              from + " " + action + " -> " + to,
                              () -> {
                                if (to.equals("-")) {
                                  assertFalse(from.allows(action));
                                  PlanRuleException refused =
                                      assertThrows(
                                          PlanRuleException.class, () -> from.after(action));
                                  assertEquals("plan.illegalTransition", refused.messageKey());
                                } else {
                                  assertTrue(from.allows(action));
                                  assertEquals(PlanStatus.valueOf(to), from.after(action));
                                }
                              });
                        }));
  }

  @Test
  void onlyTheTutorsOwnStatusesAreEditable() {
    assertTrue(PlanStatus.DRAFT.editable());
    assertTrue(PlanStatus.RETURNED.editable());
    assertFalse(PlanStatus.SUBMITTED.editable());
    assertFalse(PlanStatus.APPROVED.editable());
  }
}
