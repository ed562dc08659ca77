package fi.opeverkko.pilots;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.library.PracticeDraft;
import fi.opeverkko.library.PracticePublishing;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An accepted project's outcome published as an item of the library of good practice, by the
 * project's principal or teachers; the project keeps the item's id and title to list them.
 */
@Published
@Stateless
public class PilotOutcomes {

  @PersistenceContext private EntityManager em;
  @Inject private PilotAccess access;
  @Inject private Clock clock;
  @Inject private PracticePublishing library;
  @Inject private AuditLog auditLog;

  /** Publishes the outcome in the library (which checks the draft itself); returns its item id. */
  public long publish(@NotNull Long schoolId, @NotNull PracticeDraft draft, Locale locale) {
    PilotProject project = Pilots.of(em, schoolId, clock.currentSchoolYear());
    if (project == null) {
      throw new PilotRuleException("pilot.noSuchProject");
    }
    if (project.getState() != PilotState.ACCEPTED) {
      throw new PilotRuleException("pilot.notAccepted");
    }
    access.requireWriterOf(project);
    long itemId = library.publishPilotOutcome(schoolId, draft);
    project.published(itemId, titleOf(draft.title(), locale), clock.now());
    auditLog.record(
        access.user().loginName(),
        "PILOT_OUTCOME_PUBLISH",
        "library item " + itemId + " of pilot project " + project.getId(),
        AuditOutcome.SUCCESS);
    return itemId;
  }

  /** The title in the publisher's language, or the first language it was written in. */
  private static String titleOf(LocalizedText title, Locale locale) {
    String inLanguage = title.in(locale);
    String shown =
        inLanguage != null && !inLanguage.isBlank()
            ? inLanguage
            : Stream.of(title.fi(), title.sv(), title.en())
                .filter(text -> text != null && !text.isBlank())
                .findFirst()
                .orElse("");
    return shown.strip().length() > 300 ? shown.strip().substring(0, 300) : shown.strip();
  }
}
