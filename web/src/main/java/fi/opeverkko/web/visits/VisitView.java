package fi.opeverkko.web.visits;

import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.visits.Proposal;
import fi.opeverkko.visits.ProposalService;
import fi.opeverkko.visits.VisitAction;
import fi.opeverkko.visits.VisitPage;
import fi.opeverkko.visits.VisitPageQueries;
import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.visits.VisitRuleException;
import fi.opeverkko.visits.VisitSchedule;
import fi.opeverkko.visits.VisitService;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Responses;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A training visit's page: what was requested, where it stands, its history, and the next steps the
 * user may take (the service checks each again).
 */
@Named
@ViewScoped
public class VisitView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitPageQueries queries;
  @Inject private VisitService visits;
  @Inject private ProposalService proposalService;
  @Inject private TeamService teams;
  @Inject private Texts texts;
  @Inject private Actions actions;

  private Long visitId;
  private VisitPage page;
  private List<TeamMembership> members = List.of();
  private List<Proposal> proposals = List.of();
  private String reason;
  private LocalDate day;
  private LocalTime startTime;
  private LocalTime endTime;
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
    // The leader, who may accept or schedule, is proposed who and when.
    proposals =
        page.actions().contains(VisitAction.ACCEPT) || page.actions().contains(VisitAction.SCHEDULE)
            ? proposalService.proposals(visitId)
            : List.of();
    if (page.actions().contains(VisitAction.SCHEDULE)
        || page.actions().contains(VisitAction.RESCHEDULE)) {
      VisitRequest visit = page.request();
      LocalDateTime starts =
          visit.getStartsAt() != null
              ? visit.getStartsAt()
              : visit.getPreferredFrom().atTime(13, 0);
      LocalDateTime ends =
          visit.getEndsAt() != null
              ? visit.getEndsAt()
              : starts.plusMinutes(visit.getDurationMinutes());
      members =
          teams
              .team(visit.getTeam().getId(), SchoolYear.containing(starts.toLocalDate()))
              .overview()
              .members();
      if (day == null) {
        // Rescheduling starts from what is agreed: the time, the place and the experts booked.
        day = starts.toLocalDate();
        startTime = starts.toLocalTime();
        endTime = ends.toLocalTime();
        place = visit.getPlace() != null ? visit.getPlace() : visit.getSchool().getAddress();
        expertIds =
            page.bookings().stream()
                .map(b -> b.getExpert().getId())
                .collect(Collectors.toCollection(ArrayList::new));
      }
    }
  }

  /** One step of the visit's life; the page shows the outcome or what was wrong. */
  private void step(Runnable action, String doneKey) throws IOException {
    if (actions.run(action, doneKey)) {
      reason = null;
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
    VisitSchedule schedule =
        new VisitSchedule(at(startTime), at(endTime), place, List.copyOf(expertIds));
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

  /** Books the proposal chosen, accepting the request first if need be, in one click. */
  public void takeProposal(int index) throws IOException {
    Proposal proposal = proposals.get(index);
    step(() -> proposalService.take(visitId, proposal), "visit.scheduled");
  }

  public List<Proposal> getProposals() {
    return proposals;
  }

  /** The time on the visit's day; the fields are required, so both are there. */
  private LocalDateTime at(LocalTime time) {
    return day == null || time == null ? null : day.atTime(time);
  }

  public void deliver() throws IOException {
    step(() -> visits.deliver(visitId), "visit.delivered");
  }

  public void close() throws IOException {
    step(() -> visits.close(visitId), "visit.closed");
  }

  /**
   * The team cancels the visit; the school withdraws its request, whose button is "Withdraw
   * request": a refusal naming the cancel names that button to the school.
   */
  public void cancel() throws IOException {
    step(
        () -> {
          try {
            visits.cancel(visitId, reason);
          } catch (VisitRuleException broken) {
            throw page.forSchool() ? asWithdrawal(broken) : broken;
          }
        },
        "visit.cancelled");
  }

  private VisitRuleException asWithdrawal(VisitRuleException broken) {
    Object[] arguments =
        broken.arguments().stream()
            .map(a -> a == VisitAction.CANCEL ? texts.get("visit.withdrawRequest") : a)
            .toArray();
    return new VisitRuleException(broken.messageKey(), arguments);
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

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
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
