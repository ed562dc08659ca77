package fi.opeverkko.visits;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.feedback.FeedbackReports;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The life of a training visit, one use case per method and one transaction each: the school
 * requests, the team answers and schedules, the visit is delivered, given feedback on and closed,
 * or declined or cancelled on the way. Every change is kept in the visit's history and announced at
 * its end (the emails about it are queued in the same transaction).
 */
@Stateless
public class VisitService {

  @PersistenceContext private EntityManager em;
  @Inject private VisitAccess access;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;
  @Inject private Validator validator;
  @Inject private TeamService teams;
  @Inject private NetworkReferences references;
  @Inject private Event<VisitChanged> changes;
  @Inject private Bookings bookings;
  @Inject private FeedbackReports feedbackReports;

  /** Saves a request as a draft (new when {@code requestId} is null) without sending it. */
  public Long saveDraft(Long requestId, @NotNull VisitDetails details) {
    Drafted drafted = draft(requestId, details);
    audit(drafted.by(), "DRAFT_VISIT", drafted.request());
    return drafted.request().getId();
  }

  /**
   * Saves the request and sends it to the team at once: the two-minute path. The access checked for
   * the draft is the access the sending needs (the same requester and school). The request is
   * written once, already sent, and audited once, as sent: it was never a draft anyone could see.
   */
  public Long request(@NotNull VisitDetails details) {
    Drafted drafted = draft(null, details);
    change(drafted.request(), VisitAction.SUBMIT, null, drafted.by());
    return drafted.request().getId();
  }

  public void submit(@NotNull Long requestId) {
    VisitRequest request = existingRequest(requestId);
    change(request, VisitAction.SUBMIT, null, access.requireRequesterFor(request.getSchool()));
  }

  /** A draft saved, and who saved it. */
  private record Drafted(VisitRequest request, SignedInUser by) {}

  private Drafted draft(Long requestId, VisitDetails details) {
    requireValid(details);
    School school = existing(references.school(details.getSchoolId()), "visit.noSuchSchool");
    SignedInUser user = access.requireRequesterFor(school);
    ExpertTeam team =
        details.getTeamId() == null
            ? null
            : existing(references.team(details.getTeamId()), "visit.noSuchTeam");
    TeamTopic topic = topicOf(team, details);
    VisitRequest request;
    if (requestId == null) {
      Person requester = existing(references.person(user.personId()), "visit.noSuchPerson");
      // Its id comes from the sequence now; the row is written at the end of the use case.
      request = new VisitRequest(school, team, topic, requester, details, clock.now());
      em.persist(request);
    } else {
      request = existingRequest(requestId);
      // A draft stays with its school, so the access checked above is the draft's own.
      if (!request.getSchool().equals(school)) {
        throw new VisitRuleException("visit.otherSchool");
      }
      request.change(team, topic, details, clock.now());
    }
    return new Drafted(request, user);
  }

  public void accept(@NotNull Long requestId) {
    VisitRequest request = existingRequest(requestId);
    change(request, VisitAction.ACCEPT, null, access.requireLeaderOf(request.getTeam()));
  }

  public void decline(@NotNull Long requestId, String reason) {
    VisitRequest request = existingRequest(requestId);
    change(request, VisitAction.DECLINE, reason, access.requireLeaderOf(request.getTeam()));
  }

  /** The school or the team calls the visit off; the other side is told why. */
  public void cancel(@NotNull Long requestId, String reason) {
    VisitRequest request = existingRequest(requestId);
    SignedInUser user =
        access.leads(request.getTeam())
            ? access.user()
            : access.requireRequesterFor(request.getSchool());
    change(request, VisitAction.CANCEL, reason, user);
  }

  /**
   * Agrees the time and the experts. Each expert's person row is locked before their calendar is
   * checked, so two schedulers booking the same expert for overlapping hours at the same moment end
   * with one booking and one clear refusal; an expert is also never booked beyond the weekly hours
   * reserved for the team.
   */
  public void schedule(@NotNull Long requestId, @NotNull VisitSchedule schedule) {
    VisitRequest request = existingRequest(requestId);
    SignedInUser user = access.requireLeaderOf(request.getTeam());
    book(request, schedule, VisitAction.SCHEDULE, null, user);
  }

  public void reschedule(@NotNull Long requestId, @NotNull VisitSchedule schedule, String reason) {
    VisitRequest request = existingRequest(requestId);
    SignedInUser user = access.requireLeaderOf(request.getTeam());
    book(request, schedule, VisitAction.RESCHEDULE, reason, user);
  }

  /** The visit took place; the school is asked for feedback. */
  public void deliver(@NotNull Long requestId) {
    VisitRequest request = existingRequest(requestId);
    SignedInUser user =
        access.leads(request.getTeam()) ? access.user() : access.requireMemberOf(request.getTeam());
    change(request, VisitAction.DELIVER, null, user);
  }

  /** Somebody of the school answers the feedback form of a delivered visit. */
  public void giveFeedback(@NotNull Long requestId, int rating, String comment) {
    VisitRequest request = existingRequest(requestId);
    SignedInUser user = access.requireRequesterFor(request.getSchool());
    if (request.getStatus() != VisitStatus.DELIVERED) {
      throw new VisitRuleException("visit.feedbackNotOpen");
    }
    if (rating < 1 || rating > 5) {
      throw new VisitRuleException("visit.ratingRange");
    }
    if (comment != null && comment.length() > 2000) {
      throw new VisitRuleException("visit.commentTooLong");
    }
    em.persist(new VisitFeedback(request, rating, comment, user.displayName(), clock.now()));
    em.flush();
    // An average under 3.5 opens the feedback discussion of the experts and the team's leader.
    feedbackReports.report(VisitFeedbackResult.of(em, request));
    audit(user, "VISIT_FEEDBACK", request);
  }

  /** The team closes a delivered visit once its feedback is in. */
  public void close(@NotNull Long requestId) {
    VisitRequest request = existingRequest(requestId);
    SignedInUser user = access.requireLeaderOf(request.getTeam());
    long answers =
        em.createQuery("SELECT COUNT(f) FROM VisitFeedback f WHERE f.request = :r", Long.class)
            .setParameter("r", request)
            .getSingleResult();
    if (answers == 0) {
      throw new VisitRuleException("visit.noFeedbackYet");
    }
    change(request, VisitAction.CLOSE, null, user);
  }

  private void book(
      VisitRequest request,
      VisitSchedule schedule,
      VisitAction action,
      String reason,
      SignedInUser user) {
    schedule.requireBookable();
    record(request.schedule(action, schedule, user.displayName(), reason, clock.now()), user);
    em.createQuery("DELETE FROM ExpertBooking b WHERE b.request = :r")
        .setParameter("r", request)
        .executeUpdate();
    SchoolYear year = SchoolYear.containing(schedule.startsAt().toLocalDate());
    // Locks in id order, so that two schedulers never wait for each other's second lock.
    for (Long expertId : schedule.expertIds().stream().distinct().sorted().toList()) {
      Person expert = existing(references.lockedPerson(expertId), "visit.noSuchPerson");
      BigDecimal reserved =
          teams
              .reservedHours(request.getTeam().getId(), expertId, year)
              .orElseThrow(() -> new VisitRuleException("visit.notInTeam", expert.getFullName()));
      new ExpertWeek(bookingsOfWeek(expert, request), reserved)
          .requireRoomFor(schedule.time(), expert.getFullName());
      em.persist(new ExpertBooking(request, expert));
    }
    // Announced once the bookings are in: the emails name the time and go to the experts.
    changes.fire(new VisitChanged(request.getId(), action));
  }

  /** The expert's live bookings in the week of the visit, other than this visit's own. */
  private List<TimeSlot> bookingsOfWeek(Person expert, VisitRequest request) {
    Week week = Week.of(request.getStartsAt().toLocalDate());
    return bookings.ofExpert(expert, week.start(), week.end(), Bookings.BOOKED).stream()
        .filter(b -> !b.getRequest().equals(request))
        .map(ExpertBooking::time)
        .toList();
  }

  private void change(VisitRequest request, VisitAction action, String reason, SignedInUser user) {
    record(request.apply(action, user.displayName(), reason, clock.now()), user);
    changes.fire(new VisitChanged(request.getId(), action));
  }

  /**
   * Keeps the step (refused when the visit's status does not allow it) in the visit's history and
   * the audit trail.
   */
  private void record(VisitEvent step, SignedInUser user) {
    em.persist(step);
    audit(user, "VISIT_" + step.getAction(), step.getRequest());
  }

  /**
   * The catalogue topic asked for, or none when the school wrote its need out (a request to no team
   * has only its need: the leader who takes it picks the team and maybe a topic).
   */
  private TeamTopic topicOf(ExpertTeam team, VisitDetails details) {
    if (details.getTopicId() == null) {
      if (details.getNeed() == null || details.getNeed().isBlank()) {
        throw new VisitRuleException(team == null ? "visit.needWithoutTeam" : "visit.topicOrNeed");
      }
      return null;
    }
    return offeredBy(team, existing(references.topic(details.getTopicId()), "visit.noSuchTopic"));
  }

  /** The topic, when it is offered in the team's catalogue. */
  static TeamTopic offeredBy(ExpertTeam team, TeamTopic topic) {
    if (team == null || !topic.getTeam().equals(team) || !topic.isActive()) {
      throw new VisitRuleException("visit.noSuchTopic");
    }
    return topic;
  }

  private void requireValid(VisitDetails details) {
    var violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new VisitRuleException(
          "visit.invalidDetails", violations.iterator().next().getPropertyPath().toString());
    }
    if (details.getPreferredUntil().isBefore(details.getPreferredFrom())) {
      throw new VisitRuleException("visit.badWindow");
    }
    if (details.getTargetGroup().needsDetail()
        && (details.getTargetDetail() == null || details.getTargetDetail().isBlank())) {
      throw new VisitRuleException("visit.targetDetailMissing");
    }
  }

  private VisitRequest existingRequest(Long requestId) {
    return existing(
        Optional.ofNullable(requestId).map(id -> em.find(VisitRequest.class, id)),
        "visit.noSuchVisit");
  }

  private static <T> T existing(Optional<T> found, String messageKey) {
    return found.orElseThrow(() -> new VisitRuleException(messageKey));
  }

  private void audit(SignedInUser user, String action, VisitRequest request) {
    auditLog.record(
        user.loginName(),
        action.toUpperCase(Locale.ROOT),
        "visit " + request.getId(),
        AuditOutcome.SUCCESS);
  }
}
