package fi.opeverkko.web.visits;

import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.visits.VisitAction;
import fi.opeverkko.visits.VisitPage;
import fi.opeverkko.visits.VisitQueries;
import fi.opeverkko.visits.VisitRuleException;
import fi.opeverkko.visits.VisitSchedule;
import fi.opeverkko.visits.VisitService;
import fi.opeverkko.web.common.Responses;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A training visit's page: what was requested, where it stands, its history, and the next steps the
 * user may take (the service checks each again).
 */
@Named
@ViewScoped
public class VisitView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitQueries queries;
  @Inject private VisitService visits;
  @Inject private TeamService teams;
  @Inject private Texts texts;

  private Long visitId;
  private VisitPage page;
  private List<TeamMembership> members = List.of();
  private String reason;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private String place;
  private List<Long> expertIds = new ArrayList<>();
  private Integer rating;
  private String comment;

  public void load() throws IOException {
    if (visitId == null) {
      Responses.notFound();
      return;
    }
    try {
      page = queries.visit(visitId);
    } catch (VisitRuleException noSuchVisit) {
      Responses.notFound();
      return;
    }
    if (page.actions().contains(VisitAction.SCHEDULE)
        || page.actions().contains(VisitAction.RESCHEDULE)) {
      LocalDateTime day =
          page.request().getStartsAt() != null
              ? page.request().getStartsAt()
              : page.request().getPreferredFrom().atTime(13, 0);
      members =
          teams
              .team(page.request().getTeam().getId(), SchoolYear.containing(day.toLocalDate()))
              .overview()
              .members();
      if (startsAt == null) {
        startsAt = day;
        endsAt = day.plusMinutes(page.request().getDurationMinutes());
        place =
            page.request().getPlace() != null
                ? page.request().getPlace()
                : page.request().getSchool().getAddress();
      }
    }
  }

  /** One step of the visit's life; the page shows the outcome or what was wrong. */
  private void step(Runnable action, String doneKey) throws IOException {
    try {
      action.run();
      texts.info(doneKey);
      reason = null;
    } catch (VisitRuleException broken) {
      texts.error(broken);
    }
    load();
  }

  public void submit() throws IOException {
    step(() -> visits.submit(visitId), "visit.sent");
  }

  public void accept() throws IOException {
    step(() -> visits.accept(visitId), "visit.accepted");
  }

  public void decline() throws IOException {
    step(() -> visits.decline(visitId, reason), "visit.declined");
  }

  public void schedule() throws IOException {
    VisitSchedule schedule = new VisitSchedule(startsAt, endsAt, place, expertIds);
    boolean first = page.request().getStartsAt() == null;
    step(
        () -> {
          if (first) {
            visits.schedule(visitId, schedule);
          } else {
            visits.reschedule(visitId, schedule, reason);
          }
        },
        "visit.scheduled");
  }

  public void deliver() throws IOException {
    step(() -> visits.deliver(visitId), "visit.delivered");
  }

  public void close() throws IOException {
    step(() -> visits.close(visitId), "visit.closed");
  }

  public void cancel() throws IOException {
    step(() -> visits.cancel(visitId, reason), "visit.cancelled");
  }

  public void giveFeedback() throws IOException {
    if (rating == null) {
      texts.errorKey("visit.chooseRating");
      return;
    }
    step(() -> visits.giveFeedback(visitId, rating, comment), "visit.feedbackThanks");
    rating = null;
    comment = null;
  }

  public Long getVisitId() {
    return visitId;
  }

  public void setVisitId(Long visitId) {
    this.visitId = visitId;
  }

  public VisitPage getPage() {
    return page;
  }

  public List<TeamMembership> getMembers() {
    return members;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public List<Long> getExpertIds() {
    return expertIds;
  }

  public void setExpertIds(List<Long> expertIds) {
    this.expertIds = expertIds;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
