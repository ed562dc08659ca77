package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.courses.CourseFeedbackService;
import fi.opeverkko.courses.CourseFeedbackSummary;
import fi.opeverkko.courses.CourseRuleException;
import fi.opeverkko.feedback.DiscussionRow;
import fi.opeverkko.feedback.FeedbackQueries;
import fi.opeverkko.feedback.FeedbackRuleException;
import fi.opeverkko.feedback.FeedbackService;
import fi.opeverkko.feedback.RatedSubject;
import fi.opeverkko.feedback.SubjectKind;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.it.CompetenceWorld.Someone;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Outbox;
import fi.opeverkko.platform.OutboxLetter;
import fi.opeverkko.platform.SchoolYear;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Course feedback and feedback discussions in the container: the aggregate only from the third
 * answer and only to the organisers, the discussion opened once by an average under 3.5, recorded
 * and closed by the team's leader alone.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  private static final String COURSE = "Palautetesti " + UUID.randomUUID();

  @Inject private SignInAs signInAs;
  @Inject private CourseFeedbackService courseFeedback;
  @Inject private FeedbackQueries queries;
  @Inject private FeedbackService discussions;
  @Inject private CompetenceWorld world;
  @Inject private CourseWorld courseWorld;
  @Inject private Clock clock;
  @Inject private Outbox outbox;

  private List<Someone> participants;
  private Someone outsider;
  private Someone leader;
  private Someone member;
  private Someone otherLeader;
  private Long team;
  private Long course;

  @BeforeEach
  void pastCourseOfATeam() {
    SchoolYear year = clock.currentSchoolYear();
    Long school = world.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    participants =
        List.of(
            world.person("teacher", school, SchoolRole.TEACHER, year),
            world.person("teacher", school, SchoolRole.TEACHER, year),
            world.person("teacher", school, SchoolRole.TEACHER, year),
            world.person("teacher", school, SchoolRole.TEACHER, year));
    outsider = world.person("teacher", school, SchoolRole.TEACHER, year);
    leader = world.person("leader", school, SchoolRole.TEACHER, year);
    member = world.person("expert", school, SchoolRole.TEACHER, year);
    otherLeader = world.person("leader", school, SchoolRole.TEACHER, year);
    team = courseWorld.team(leader.id(), member.id(), year);
    courseWorld.team(otherLeader.id(), otherLeader.id(), year);
    course =
        courseWorld.pastCourse(
            COURSE, team, school, participants.stream().map(Someone::id).toList(), 2);
  }

  @AfterEach
  void removeTheCourse() {
    courseWorld.removeCourses(COURSE);
  }

  private void answer(int participant, int rating) {
    signInAs.user(participants.get(participant));
    courseFeedback.answer(course, rating, "Palaute " + rating);
  }

  private List<DiscussionRow> discussionsOfCourse() {
    return queries.discussions().stream()
        .filter(d -> d.kind() == SubjectKind.COURSE && d.subjectId().equals(course))
        .toList();
  }

  @Test
  @DisplayName(
      "The organisers see only the count until three have answered, then the average,"
          + " distribution and comments; a participant never sees the aggregate")
  void aggregateFromTheThirdAnswer() {
    answer(0, 2);
    answer(1, 3);
    signInAs.user(leader);
    CourseFeedbackSummary two = courseFeedback.summary(course);
    assertEquals(2, two.answers());
    assertFalse(two.shown());
    assertTrue(two.distribution().isEmpty());
    assertTrue(two.comments().isEmpty());

    answer(2, 5);
    signInAs.user(member);
    CourseFeedbackSummary three = courseFeedback.summary(course);
    assertTrue(three.shown());
    assertEquals(10.0 / 3, three.average(), 0.001);
    assertEquals(List.of(0L, 1L, 1L, 0L, 1L), three.distribution());
    assertEquals(3, three.comments().size());
    assertNotNull(three.discussionId(), "an average of 3.3 from three answers opens it");

    signInAs.user(participants.get(0));
    assertThrows(AccessDeniedException.class, () -> courseFeedback.summary(course));
    signInAs.user(outsider);
    refused("courses.feedbackNotParticipant", () -> courseFeedback.answer(course, 4, null));
    signInAs.user(participants.get(3));
    refused("courses.ratingOutOfRange", () -> courseFeedback.answer(course, 6, null));
  }

  @Test
  @DisplayName(
      "An average under 3.5 from the third answer opens one discussion; changed answers do not"
          + " open another; only the team's leader records and closes it")
  void discussionOpensOnceAndOnlyTheLeaderClosesIt() {
    courseWorld.speaksSwedish(leader.id());
    answer(0, 2);
    answer(1, 3);
    signInAs.user(leader);
    assertTrue(discussionsOfCourse().isEmpty(), "two answers do not count yet");
    answer(2, 3);
    answer(0, 3);
    answer(3, 2);
    signInAs.user(leader);
    List<DiscussionRow> opened = discussionsOfCourse();
    assertEquals(1, opened.size());
    DiscussionRow discussion = opened.get(0);
    assertTrue(discussion.open());
    assertTrue(discussion.mayRecord());
    assertEquals(clock.today().plusDays(30), discussion.dueOn());
    assertEquals(discussion.id(), courseFeedback.summary(course).discussionId());
    List<OutboxLetter> told = letters(discussion.id());
    assertEquals(1, told.size(), "the course names no trainers: its leader is told");
    assertTrue(told.get(0).getRecipient().startsWith(leader.login() + "@"));
    assertTrue(told.get(0).getSubject().startsWith("Responssamtal: "), "in the leader's Swedish");

    signInAs.user(member);
    assertFalse(queries.discussion(discussion.id()).mayRecord());
    assertThrows(
        AccessDeniedException.class,
        () -> discussions.record(discussion.id(), clock.today(), "Sovittu"));
    signInAs.user(otherLeader);
    assertThrows(AccessDeniedException.class, () -> queries.discussion(discussion.id()));
    assertThrows(AccessDeniedException.class, () -> discussions.close(discussion.id()));
    signInAs.user(participants.get(0));
    assertThrows(AccessDeniedException.class, () -> queries.discussion(discussion.id()));

    signInAs.user(leader);
    feedbackRefused("feedback.notHeldYet", () -> discussions.close(discussion.id()));
    feedbackRefused(
        "feedback.heldOutOfRange",
        () -> discussions.record(discussion.id(), clock.today().plusDays(1), "Sovittu"));
    feedbackRefused(
        "feedback.agreedRequired", () -> discussions.record(discussion.id(), clock.today(), " "));
    discussions.record(discussion.id(), clock.today(), "Tehtäviä kevennetään.");
    discussions.close(discussion.id());
    DiscussionRow closed = queries.discussion(discussion.id());
    assertFalse(closed.open());
    assertEquals("Tehtäviä kevennetään.", closed.agreed());
    assertNotNull(closed.closedBy());
    feedbackRefused("feedback.alreadyClosed", () -> discussions.close(discussion.id()));

    answer(1, 1);
    signInAs.user(leader);
    assertEquals(1, discussionsOfCourse().size(), "one discussion per course");
  }

  @Test
  @DisplayName(
      "The team's rated courses count from the third answer, with the average as it stands after"
          + " a changed answer; another team's leader is refused them")
  void teamsRatedCoursesFromTheThirdAnswer() {
    answer(0, 2);
    answer(1, 3);
    signInAs.user(member);
    assertEquals(0, queries.countRatedOfTeam(SubjectKind.COURSE, team), "two do not count yet");
    assertEquals(List.of(), queries.lowestRatedOfTeam(SubjectKind.COURSE, team, 0, 10));

    answer(2, 5);
    answer(2, 1);
    signInAs.user(member);
    assertEquals(1, queries.countRatedOfTeam(SubjectKind.COURSE, team));
    assertEquals(
        List.of(new RatedSubject(course, 2.0, 3)),
        queries.lowestRatedOfTeam(SubjectKind.COURSE, team, 0, 10),
        "2, 3 and the changed 1");

    signInAs.user(otherLeader);
    assertThrows(
        AccessDeniedException.class, () -> queries.countRatedOfTeam(SubjectKind.COURSE, team));
    assertThrows(
        AccessDeniedException.class,
        () -> queries.lowestRatedOfTeam(SubjectKind.COURSE, team, 0, 10));
  }

  /** The letters queued about the discussion, read as an admin. */
  private List<OutboxLetter> letters(Long discussionId) {
    signInAs.admin();
    return outbox.newestFirst(null, 0, 500).stream()
        .filter(letter -> letter.getAbout().equals("feedback discussion " + discussionId))
        .toList();
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(CourseRuleException.class, action).messageKey());
  }

  private static void feedbackRefused(String key, Executable action) {
    assertEquals(key, assertThrows(FeedbackRuleException.class, action).messageKey());
  }
}
