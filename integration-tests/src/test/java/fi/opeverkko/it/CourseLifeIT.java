package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.ApplicationQueries;
import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.AttendanceSheet;
import fi.opeverkko.courses.CompletionRow;
import fi.opeverkko.courses.CourseCard;
import fi.opeverkko.courses.CourseDetails;
import fi.opeverkko.courses.CourseFigures;
import fi.opeverkko.courses.CourseLifeQueries;
import fi.opeverkko.courses.CourseLifeService;
import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.CourseReminders;
import fi.opeverkko.courses.CourseRuleException;
import fi.opeverkko.courses.CourseService;
import fi.opeverkko.courses.DecisionRow;
import fi.opeverkko.courses.ParticipationRow;
import fi.opeverkko.courses.SessionDetails;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.courses.SignUpStatus;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.it.CompetenceWorld.Someone;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Outbox;
import fi.opeverkko.platform.OutboxLetter;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.visits.CalendarFeeds;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A course's life in the container against the real database: the decision on a course under its
 * minimum (Swedish pooling with Espoo and Vantaa, or cancellation with a reason, the participants
 * told either way), attendance and the completion rules, a completion as badge evidence, the
 * reminder before the course (once per sign-up) and the letters on sign-up and change.
 */
@ExtendWith(ArquillianExtension.class)
class CourseLifeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private CourseService courses;
  @Inject private CourseQueries queries;
  @Inject private CourseLifeService life;
  @Inject private CourseLifeQueries lifeQueries;
  @Inject private CourseReminders reminders;
  @Inject private CourseFigures figures;
  @Inject private CalendarFeeds calendarFeeds;
  @Inject private CatalogueService badges;
  @Inject private ApplicationQueries applications;
  @Inject private Outbox outbox;
  @Inject private CompetenceWorld world;
  @Inject private CourseWorld courseWorld;
  @Inject private CourseLifeWorld time;
  @Inject private Clock clock;

  private SchoolYear year;
  private LocalDate today;
  private Long school;
  private Someone member;
  private Someone outsider;
  private Long team;

  @BeforeEach
  void world() {
    year = clock.currentSchoolYear();
    today = clock.today();
    school = world.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    Long otherSchool = world.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    Someone leader = world.person("leader", otherSchool, SchoolRole.TEACHER, year);
    member = world.person("expert", otherSchool, SchoolRole.TEACHER, year);
    outsider = world.person("expert", otherSchool, SchoolRole.TEACHER, year);
    team = courseWorld.team(leader.id(), member.id(), year);
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(CourseRuleException.class, action).messageKey());
  }

  private LocalDateTime day(int fromToday) {
    return today.plusDays(fromToday).atTime(9, 0);
  }

  /**
   * A course of the team open for sign-up today, deciding in 12 days, sessions in 20 and 27 days: a
   * contact day and a webinar.
   */
  private CourseDetails details(
      TeachingLanguage language, String cityCode, int capacity, int minimum, Set<Long> badgeIds) {
    return new CourseDetails(
        new LocalizedName("Kurssin elämä", "Kursens liv", "Course life"),
        new LocalizedText("Kuvaus", "Beskrivning", "Description"),
        language,
        Set.of(),
        Set.of(),
        Level.ADVANCED,
        team,
        cityCode,
        capacity,
        minimum,
        today.minusDays(1),
        today.plusDays(10),
        today.plusDays(12),
        false,
        null,
        List.of(
            new SessionDetails(
                SessionKind.CONTACT_DAY, day(20), day(20).plusHours(6), "Opettajien talo", null),
            new SessionDetails(
                SessionKind.WEBINAR, day(27), day(27).plusHours(2), null, "https://meet.example/")),
        badgeIds);
  }

  private Long course(CourseDetails details) {
    signInAs.user(member);
    return courses.create(details);
  }

  /** A new teacher of the school signs up; their person and sign-up. */
  private Participant signUp(Long courseId, Long schoolId) {
    Someone teacher = world.person("teacher", schoolId, SchoolRole.TEACHER, year);
    signInAs.user(teacher);
    return new Participant(teacher, courses.signUp(courseId).signUpId());
  }

  private record Participant(Someone person, Long signUpId) {}

  private List<OutboxLetter> letters(Long courseId, String kind) {
    signInAs.admin();
    return outbox.newestFirst(null, 0, 500).stream()
        .filter(letter -> letter.getAbout().equals("course " + courseId + " (" + kind + ")"))
        .toList();
  }

  private boolean waitsForDecision(Long courseId) {
    return lifeQueries.decisionsNeeded().stream().anyMatch(row -> row.courseId().equals(courseId));
  }

  @Test
  @DisplayName(
      "A Swedish course under its minimum at its decision date is pooled: Espoo's and Vantaa's"
          + " Swedish-speaking staff may sign up, the participants are told in their language")
  void pooling() {
    Long swedish = world.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.SV);
    Long espooSwedish = world.school("ESPOO", SchoolType.COMPREHENSIVE, TeachingLanguage.SV);
    Long espooFinnish = world.school("ESPOO", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    Long id = course(details(TeachingLanguage.SV, "HELSINKI", 10, 3, Set.of()));
    Participant first = signUp(id, swedish);
    courseWorld.speaksSwedish(first.person().id());
    Someone fromEspoo = world.person("teacher", espooSwedish, SchoolRole.TEACHER, year);
    signInAs.user(fromEspoo);
    refused("courses.notForYourCity", () -> courses.signUp(id));

    signInAs.user(member);
    assertFalse(waitsForDecision(id), "not before the decision date");
    refused("courses.noDecisionNeeded", () -> life.pool(id));
    time.shift(id, -12);
    DecisionRow waiting =
        lifeQueries.decisionsNeeded().stream()
            .filter(row -> row.courseId().equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals(1, waiting.given());
    assertTrue(waiting.poolable());
    signInAs.user(outsider);
    assertFalse(waitsForDecision(id), "only its organisers see it");
    assertThrows(AccessDeniedException.class, () -> life.pool(id));

    signInAs.user(member);
    life.pool(id);
    assertFalse(waitsForDecision(id), "decided");
    List<OutboxLetter> told = letters(id, "POOLED");
    assertEquals(1, told.size());
    assertTrue(told.get(0).getSubject().contains("Esbo"), told.get(0).getSubject());

    signInAs.user(fromEspoo);
    // The course's page names its city and says that it was pooled.
    CourseCard card = queries.card(id);
    assertEquals("Helsingfors", card.city().sv());
    assertTrue(card.pooled());
    assertEquals(SignUpStatus.IN, courses.signUp(id).status(), "open again, to Espoo's Swedes");
    signInAs.user(world.person("teacher", espooFinnish, SchoolRole.TEACHER, year));
    refused("courses.notForYourCity", () -> courses.signUp(id));
  }

  @Test
  @DisplayName("A course is cancelled only with a reason; its participants are told, no one joins")
  void cancelling() {
    Long id = course(details(TeachingLanguage.FI, null, 10, 5, Set.of()));
    signUp(id, school);
    signUp(id, school);
    time.shift(id, -12);
    signInAs.user(member);
    assertTrue(waitsForDecision(id));
    refused("courses.poolOnlySwedish", () -> life.pool(id));
    refused("courses.cancelReasonMissing", () -> life.cancel(id, "  "));
    assertEquals(0, letters(id, "CANCELLED").size(), "nothing told by a refusal");
    signInAs.user(member);
    life.cancel(id, "Liian vähän osallistujia");
    assertFalse(waitsForDecision(id));
    assertEquals(2, letters(id, "CANCELLED").size());
    signInAs.user(world.person("teacher", school, SchoolRole.TEACHER, year));
    refused("courses.courseCancelled", () -> courses.signUp(id));
  }

  @Test
  @DisplayName(
      "A teacher completes when the required sessions are attended and the assignment returned,"
          + " and adds the completion to a badge application")
  void completion() {
    signInAs.admin();
    Long badge =
        badges.create(
            new BadgeDetails(
                Level.ADVANCED,
                new LocalizedName("Alue", "Område", "Area"),
                new LocalizedName("Kurssimerkki", "Kursmärke", "Course badge"),
                new LocalizedText("Kriteerit", "Kriterier", "Criteria"),
                new LocalizedText("Näyttö", "Bevis", "Evidence")));
    try {
      Long id = course(details(TeachingLanguage.FI, null, 10, 1, Set.of(badge)));
      Participant done = signUp(id, school);
      Participant absent = signUp(id, school);
      signInAs.user(member);
      refused("courses.sessionNotHeld", () -> life.markAttendance(id, day(20), Set.of()));
      time.shift(id, -30);
      LocalDateTime contactDay = day(20).minusDays(30);
      LocalDateTime webinar = day(27).minusDays(30);
      life.requireForCompletion(id, Set.of(webinar), true);
      life.markAttendance(id, contactDay, Set.of(done.signUpId()));
      life.markAttendance(id, webinar, Set.of(done.signUpId(), absent.signUpId()));
      signInAs.user(outsider);
      assertThrows(AccessDeniedException.class, () -> life.markAttendance(id, webinar, Set.of()));
      assertThrows(AccessDeniedException.class, () -> lifeQueries.attendanceSheet(id));

      signInAs.user(member);
      AttendanceSheet sheet = lifeQueries.attendanceSheet(id);
      assertEquals(List.of(true, false), sheet.sessions().stream().map(s -> s.required()).toList());
      assertNull(completedOn(sheet, done), "the assignment not yet returned");
      life.markAssignment(done.signUpId(), true);
      sheet = lifeQueries.attendanceSheet(id);
      assertNotNull(completedOn(sheet, done));
      assertNull(completedOn(sheet, absent), "the required contact day missed");
      assertEquals(
          Set.of(contactDay, webinar),
          sheet.participants().stream()
              .filter(p -> p.signUpId().equals(done.signUpId()))
              .findFirst()
              .orElseThrow()
              .attended());

      signInAs.user(absent.person());
      refused("courses.notCompleted", () -> life.addToBadgeApplication(absent.signUpId(), badge));
      assertThrows(
          AccessDeniedException.class, () -> life.addToBadgeApplication(done.signUpId(), badge));

      signInAs.user(done.person());
      CompletionRow mine =
          lifeQueries.myCompletions().stream()
              .filter(row -> row.courseId().equals(id))
              .findFirst()
              .orElseThrow();
      assertNotNull(mine.completedOn());
      assertEquals(Set.of(badge), mine.badgeIds());
      assertEquals(1, mine.required());
      Long application = life.addToBadgeApplication(done.signUpId(), badge);
      assertEquals(
          application,
          life.addToBadgeApplication(done.signUpId(), badge),
          "the same draft takes it again");
      String evidence = applications.application(application).description();
      assertTrue(evidence.contains("Kurssin elämä"), evidence);
    } finally {
      signInAs.admin();
      badges.retire(badge);
    }
  }

  private static LocalDate completedOn(AttendanceSheet sheet, Participant participant) {
    return sheet.participants().stream()
        .filter(p -> p.signUpId().equals(participant.signUpId()))
        .findFirst()
        .orElseThrow()
        .completedOn();
  }

  @Test
  @DisplayName(
      "Sign-up, waitlist and a change of sessions are told; the reminder two days before goes once"
          + " per sign-up, never for a cancelled course")
  void lettersAndReminders() {
    Long id = course(details(TeachingLanguage.FI, null, 1, 1, Set.of()));
    signUp(id, school);
    signUp(id, school);
    assertEquals(1, letters(id, "SIGNED_UP").size());
    assertEquals(1, letters(id, "WAITLISTED").size());
    signInAs.user(member);
    CourseDetails moved = details(TeachingLanguage.FI, null, 1, 1, Set.of());
    courses.edit(
        id,
        new CourseDetails(
            moved.name(),
            moved.description(),
            moved.language(),
            moved.schoolTypes(),
            moved.roles(),
            moved.level(),
            moved.teamId(),
            moved.cityCode(),
            moved.capacity(),
            moved.minimum(),
            moved.signUpOpens(),
            moved.signUpCloses(),
            moved.decisionDate(),
            moved.approvalNeeded(),
            moved.priceCents(),
            List.of(moved.sessions().get(0)),
            moved.badgeIds()));
    assertEquals(2, letters(id, "SESSIONS_CHANGED").size(), "the one in and the one waiting");

    Long cancelled = course(details(TeachingLanguage.FI, null, 5, 1, Set.of()));
    signUp(cancelled, school);
    time.shift(id, -18);
    time.shift(cancelled, -18);
    signInAs.user(member);
    life.cancel(cancelled, "Kouluttaja sairastui");

    reminders.sendDue();
    reminders.sendDue();
    assertEquals(1, letters(id, "REMINDER").size(), "once, to the one with a place");
    assertEquals(0, letters(cancelled, "REMINDER").size());
  }

  @Test
  @DisplayName(
      "Figures: each school's share of its teaching staff on a course this year, by level and"
          + " language; a coordinator sees only their own city")
  void figures() {
    Long id = course(details(TeachingLanguage.FI, null, 10, 1, Set.of()));
    signUp(id, school);
    signUp(id, school);
    signInAs.coordinator("HELSINKI");
    ParticipationRow row =
        figures.participation("HELSINKI").stream()
            .filter(r -> r.schoolId().equals(school))
            .findFirst()
            .orElseThrow();
    boolean thisYear = !day(20).toLocalDate().isAfter(year.lastDay());
    assertEquals(thisYear ? 2 : 0, row.participants());
    assertEquals(thisYear ? 2 : 0, row.advanced());
    assertEquals(thisYear ? 2 : 0, row.finnish());
    assertEquals(0, row.swedish());
    assertEquals(
        row.staff() == 0 ? 0 : Math.round(row.participants() * 1000.0 / row.staff()) / 10.0,
        row.share());
    assertThrows(AccessDeniedException.class, () -> figures.participation("ESPOO"));
    assertThrows(AccessDeniedException.class, () -> figures.participation(null));
    signInAs.user(member);
    assertThrows(AccessDeniedException.class, () -> figures.participation("HELSINKI"));
  }

  @Test
  @DisplayName(
      "A participant's own calendar feed shows the sessions of the course they have a place on;"
          + " a waiting one's does not")
  void calendarFeed() throws Exception {
    Long id = course(details(TeachingLanguage.FI, null, 1, 1, Set.of()));
    Participant in = signUp(id, school);
    Participant waiting = signUp(id, school);
    signInAs.user(in.person());
    String inFeed = feed(calendarFeeds.myToken(false));
    assertTrue(inFeed.contains("UID:course-" + id + "-"), inFeed);
    assertTrue(inFeed.contains("SUMMARY:Kurssin elämä"), inFeed);
    signInAs.user(waiting.person());
    assertFalse(feed(calendarFeeds.myToken(false)).contains("UID:course-" + id + "-"));
  }

  private static String feed(String token) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:8080/feeds/" + token + ".ics"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    // Unfolded: a long line goes on after a line break and a space.
    return response.body().replace("\r\n ", "");
  }
}
