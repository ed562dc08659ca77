package fi.opeverkko.courses;

import fi.opeverkko.feedback.DiscussionRow;
import fi.opeverkko.feedback.FeedbackQueries;
import fi.opeverkko.feedback.FeedbackReports;
import fi.opeverkko.feedback.FeedbackResult;
import fi.opeverkko.feedback.SubjectKind;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A course's feedback: its participants (signed up and in) answer 1–5 with a comment after its last
 * day, once each, changing their answer until the feedback closes; the organisers see the aggregate
 * from the third answer. Every answer is reported to feedback, where an average under 3.5 opens the
 * discussion of the course's team leader (the admins for the central unit's courses).
 */
@Published
@Stateless
public class CourseFeedbackService {

  @PersistenceContext private EntityManager em;
  @Inject private CourseAccess access;
  @Inject private NetworkReferences network;
  @Inject private FeedbackReports reports;
  @Inject private FeedbackQueries discussions;
  @Inject private Clock clock;
  @Inject private Event<CourseAudit> audited;

  /** The signed-in participant's form; refuses whoever did not take part. */
  public CourseFeedbackForm form(@NotNull Long courseId) {
    Course course = Course.existing(em, courseId);
    Person teacher = requireParticipant(course);
    CourseFeedback own = existingAnswer(course, teacher);
    return new CourseFeedbackForm(
        course.getId(),
        course.getName(),
        course.getLastDay(),
        course.getLastDay().plusDays(CourseFeedback.OPEN_DAYS),
        CourseFeedback.openOn(course, clock.today()),
        own.getId() == null ? null : own.getRating(),
        own.getComment());
  }

  /**
   * The courses whose feedback the signed-in teacher may give now, for their home page: those they
   * had a place on that ended within the feedback's time. One query.
   */
  public List<CourseFeedbackForm> awaitingMine() {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return List.of();
    }
    LocalDate today = clock.today();
    return em.createQuery(
            "SELECT s.course FROM SignUp s WHERE s.teacher.id = :person AND s.status = :in"
                + " AND s.course.lastDay < :today AND s.course.lastDay >= :since"
                + " ORDER BY s.course.lastDay DESC",
            Course.class)
        .setParameter("person", user.personId())
        .setParameter("in", SignUpStatus.IN)
        .setParameter("today", today)
        .setParameter("since", today.minusDays(CourseFeedback.OPEN_DAYS))
        .getResultStream()
        .map(
            course ->
                new CourseFeedbackForm(
                    course.getId(),
                    course.getName(),
                    course.getLastDay(),
                    course.getLastDay().plusDays(CourseFeedback.OPEN_DAYS),
                    true,
                    null,
                    null))
        .toList();
  }

  /** The participant answers, or changes their answer, while the feedback is open. */
  public void answer(@NotNull Long courseId, int rating, String comment) {
    Course course = Course.existing(em, courseId);
    Person teacher = requireParticipant(course);
    if (!CourseFeedback.openOn(course, clock.today())) {
      throw new CourseRuleException("courses.feedbackNotOpen");
    }
    CourseFeedback answer = existingAnswer(course, teacher);
    answer.answer(rating, comment, clock.now());
    if (answer.getId() == null) {
      em.persist(answer);
    }
    em.flush();
    Object[] totals =
        em.createQuery(
                "SELECT COALESCE(SUM(f.rating), 0), COUNT(f) FROM CourseFeedback f"
                    + " WHERE f.course = :course",
                Object[].class)
            .setParameter("course", course)
            .getSingleResult();
    reports.report(
        new FeedbackResult(
            SubjectKind.COURSE,
            course.getId(),
            course.getName(),
            course.getTeam(),
            Set.of(),
            course.getLastDay(),
            ((Number) totals[0]).intValue(),
            ((Number) totals[1]).intValue()));
    audited.fire(new CourseAudit(access.user().loginName(), "COURSE_FEEDBACK", course.getId()));
  }

  /**
   * The aggregate for the course's organisers: from the third answer the average, distribution and
   * comments (in random order, so no comment is told by its place); before it the count only.
   */
  public CourseFeedbackSummary summary(@NotNull Long courseId) {
    Course course = Course.existing(em, courseId);
    access.requireOrganiserOf(course);
    List<CourseFeedback> answers =
        em.createQuery(
                "SELECT f FROM CourseFeedback f WHERE f.course = :course", CourseFeedback.class)
            .setParameter("course", course)
            .getResultList();
    if (answers.size() < CourseFeedbackSummary.SHOWN_FROM) {
      return new CourseFeedbackSummary(
          course.getId(), course.getName(), answers.size(), 0, List.of(), List.of(), null);
    }
    List<Long> distribution = new ArrayList<>(Collections.nCopies(5, 0L));
    answers.forEach(
        a -> distribution.set(a.getRating() - 1, distribution.get(a.getRating() - 1) + 1));
    List<String> comments =
        new ArrayList<>(
            answers.stream().map(CourseFeedback::getComment).filter(Objects::nonNull).toList());
    Collections.shuffle(comments);
    return new CourseFeedbackSummary(
        course.getId(),
        course.getName(),
        answers.size(),
        answers.stream().mapToInt(CourseFeedback::getRating).average().orElse(0),
        List.copyOf(distribution),
        List.copyOf(comments),
        discussions
            .discussionOf(SubjectKind.COURSE, course.getId())
            .map(DiscussionRow::id)
            .orElse(null));
  }

  /** The signed-in teacher, who has a place on the course. */
  private Person requireParticipant(Course course) {
    SignedInUser user = access.user();
    Long taken =
        user.personId() == null
            ? 0L
            : em.createQuery(
                    "SELECT COUNT(s) FROM SignUp s WHERE s.course = :course"
                        + " AND s.teacher.id = :person AND s.status = :in",
                    Long.class)
                .setParameter("course", course)
                .setParameter("person", user.personId())
                .setParameter("in", SignUpStatus.IN)
                .getSingleResult();
    if (taken == 0) {
      throw new CourseRuleException("courses.feedbackNotParticipant");
    }
    return network.person(user.personId()).orElseThrow();
  }

  private CourseFeedback existingAnswer(Course course, Person teacher) {
    return em.createQuery(
            "SELECT f FROM CourseFeedback f WHERE f.course = :course AND f.teacher = :teacher",
            CourseFeedback.class)
        .setParameter("course", course)
        .setParameter("teacher", teacher)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> new CourseFeedback(course, teacher));
  }
}
