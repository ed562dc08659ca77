package fi.opeverkko.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class VisitStatusTest {

  /**
   * Every status against every action, written out by hand: "-" means the action is refused. The
   * columns follow {@link VisitAction}'s order.
   */
  private static final String TABLE =
      """
      status     SUBMIT    TAKE      ACCEPT   DECLINE  SCHEDULE  RESCHEDULE DELIVER   CLOSE  CANCEL
      DRAFT      SUBMITTED -         -        -        -         -          -         -      CANCELLED
      SUBMITTED  -         SUBMITTED ACCEPTED DECLINED -         -          -         -      CANCELLED
      ACCEPTED   -         -         -        -        SCHEDULED -          -         -      CANCELLED
      DECLINED   -         -         -        -        -         -          -         -      -
      SCHEDULED  -         -         -        -        -         SCHEDULED  DELIVERED -      CANCELLED
      DELIVERED  -         -         -        -        -         -          -         CLOSED -
      CLOSED     -         -         -        -        -         -          -         -      -
      CANCELLED  -         -         -        -        -         -          -         -      -
      """;

  private static Map<VisitStatus, Map<VisitAction, VisitStatus>> expected() {
    List<String> lines = TABLE.lines().filter(line -> !line.isBlank()).toList();
    List<VisitAction> actions =
        Stream.of(lines.get(0).trim().split("\\s+")).skip(1).map(VisitAction::valueOf).toList();
    Map<VisitStatus, Map<VisitAction, VisitStatus>> table = new EnumMap<>(VisitStatus.class);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split("\\s+");
      assertEquals(actions.size() + 1, cells.length, line);
      Map<VisitAction, VisitStatus> row = new EnumMap<>(VisitAction.class);
      for (int i = 0; i < actions.size(); i++) {
        String cell = cells[i + 1];
        row.put(actions.get(i), cell.equals("-") ? null : VisitStatus.valueOf(cell));
      }
      table.put(VisitStatus.valueOf(cells[0]), row);
    }
    return table;
  }

  @Test
  void theTableCoversEveryStatusAndAction() {
    Map<VisitStatus, Map<VisitAction, VisitStatus>> table = expected();
    assertEquals(EnumSet.allOf(VisitStatus.class), table.keySet());
    table.values().forEach(row -> assertEquals(EnumSet.allOf(VisitAction.class), row.keySet()));
  }

  @TestFactory
  Stream<DynamicTest> everyStatusAndActionAsInTheTable() {
    List<DynamicTest> tests = new ArrayList<>();
    expected()
        .forEach(
            (status, row) ->
                row.forEach(
                    (action, next) ->
                        tests.add(
                            DynamicTest.dynamicTest(
                                status + " " + action + " -> " + (next == null ? "refused" : next),
                                () -> check(status, action, next)))));
    return tests.stream();
  }

  private static void check(VisitStatus status, VisitAction action, VisitStatus next) {
    if (next != null) {
      assertEquals(next, status.after(action));
      assertTrue(status.allows(action));
    } else {
      VisitRuleException refused =
          assertThrows(VisitRuleException.class, () -> status.after(action));
      assertEquals("visit.illegalTransition", refused.messageKey());
      assertEquals(List.of(status, action), refused.arguments());
      assertFalse(status.allows(action));
    }
  }

  @Test
  void declinedCancelledAndClosedVisitsAreNoLongerOpen() {
    Set<VisitStatus> closed =
        EnumSet.of(VisitStatus.DECLINED, VisitStatus.CANCELLED, VisitStatus.CLOSED);
    for (VisitStatus status : VisitStatus.values()) {
      assertEquals(!closed.contains(status), status.isOpen(), status.name());
    }
  }

  @Test
  void aClosedStatusAllowsNoAction() {
    for (VisitStatus status : VisitStatus.values()) {
      if (!status.isOpen()) {
        for (VisitAction action : VisitAction.values()) {
          assertFalse(status.allows(action), status + " " + action);
        }
      }
    }
  }

  @Test
  void onlyASubmittedRequestAwaitsAnAnswer() {
    for (VisitStatus status : VisitStatus.values()) {
      assertEquals(status == VisitStatus.SUBMITTED, status.awaitsAnswer(), status.name());
    }
  }

  @Test
  void declineRescheduleAndCancelNeedAReason() {
    Set<VisitAction> withReason =
        EnumSet.of(VisitAction.DECLINE, VisitAction.RESCHEDULE, VisitAction.CANCEL);
    for (VisitAction action : VisitAction.values()) {
      assertEquals(withReason.contains(action), action.requiresReason(), action.name());
    }
  }
}
