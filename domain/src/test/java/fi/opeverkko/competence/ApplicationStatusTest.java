package fi.opeverkko.competence;

import static fi.opeverkko.competence.ApplicationAction.ASK_MORE;
import static fi.opeverkko.competence.ApplicationAction.DECLINE;
import static fi.opeverkko.competence.ApplicationAction.GRANT;
import static fi.opeverkko.competence.ApplicationAction.RESUBMIT;
import static fi.opeverkko.competence.ApplicationAction.SUBMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

  @Test
  @DisplayName("Each status allows exactly the actions of the drawing, and leads where it says")
  void transitions() {
    Map<ApplicationStatus, Map<ApplicationAction, ApplicationStatus>> drawn =
        Map.of(
            ApplicationStatus.DRAFT, Map.of(SUBMIT, ApplicationStatus.SUBMITTED),
            ApplicationStatus.SUBMITTED,
                Map.of(
                    GRANT, ApplicationStatus.GRANTED,
                    DECLINE, ApplicationStatus.DECLINED,
                    ASK_MORE, ApplicationStatus.MORE_ASKED),
            ApplicationStatus.MORE_ASKED, Map.of(RESUBMIT, ApplicationStatus.SUBMITTED),
            ApplicationStatus.GRANTED, Map.of(),
            ApplicationStatus.DECLINED, Map.of());
    for (ApplicationStatus status : ApplicationStatus.values()) {
      for (ApplicationAction action : ApplicationAction.values()) {
        ApplicationStatus expected = drawn.get(status).get(action);
        assertEquals(expected != null, status.allows(action), status + " " + action);
        if (expected != null) {
          assertEquals(expected, status.after(action));
        } else {
          CompetenceRuleException refused =
              assertThrows(CompetenceRuleException.class, () -> status.after(action));
          assertEquals("competence.illegalTransition", refused.messageKey());
        }
      }
    }
  }

  @Test
  @DisplayName("The teacher changes the evidence in a draft and when asked for more, only then")
  void editableWhileTheTeacherHoldsIt() {
    Set<ApplicationStatus> editable = EnumSet.noneOf(ApplicationStatus.class);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      if (status.editable()) {
        editable.add(status);
      }
    }
    assertEquals(EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.MORE_ASKED), editable);
    assertTrue(ApplicationStatus.SUBMITTED.awaitsReview());
    assertFalse(ApplicationStatus.MORE_ASKED.awaitsReview());
    assertTrue(ASK_MORE.requiresComment() && DECLINE.requiresComment());
    assertFalse(GRANT.requiresComment() || SUBMIT.requiresComment());
  }
}
