package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of an application's history: who did what, when, and what they said. */
@Published
public record ApplicationStep(
    LocalDateTime at,
    String who,
    ApplicationAction action,
    ApplicationStatus from,
    ApplicationStatus to,
    String comment)
    implements Serializable {

  static ApplicationStep of(ApplicationEvent event) {
    return new ApplicationStep(
        event.getOccurredAt(),
        event.getActor(),
        event.getAction(),
        event.getFromStatus(),
        event.getToStatus(),
        event.getComment());
  }
}
