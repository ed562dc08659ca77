package fi.opeverkko.web.visits;

import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.visits.VisitStatus;
import jakarta.faces.context.FacesContext;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleEvent;

/** A visit as an event of the PrimeFaces calendar, linking to the visit's page. */
final class CalendarEvents {

  private CalendarEvents() {}

  static ScheduleEvent<?> of(VisitRequest visit) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return DefaultScheduleEvent.builder()
        .id(String.valueOf(visit.getId()))
        .title(
            visit.getSchool().name(faces.getViewRoot().getLocale())
                + ": "
                + visit.subject(faces.getViewRoot().getLocale()))
        .startDate(visit.getStartsAt())
        .endDate(visit.getEndsAt())
        .url(
            faces.getExternalContext().getRequestContextPath()
                + "/visits/visit.xhtml?id="
                + visit.getId())
        .styleClass(visit.getStatus() == VisitStatus.CANCELLED ? "event-cancelled" : "event-visit")
        .editable(false)
        .build();
  }
}
