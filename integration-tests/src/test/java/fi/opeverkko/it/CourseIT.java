package fi.opeverkko.it;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.CourseCard;
import fi.opeverkko.courses.CourseDetails;
import fi.opeverkko.courses.CourseFilter;
import fi.opeverkko.courses.CoursePage;
import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.CourseRow;
import fi.opeverkko.courses.CourseRuleException;
import fi.opeverkko.courses.CourseService;
import fi.opeverkko.courses.Organiser;
import fi.opeverkko.courses.OwnSignUp;
import fi.opeverkko.courses.ParticipantRow;
import fi.opeverkko.courses.SchoolSignUp;
import fi.opeverkko.courses.SessionDetails;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.courses.SignUpOutcome;
import fi.opeverkko.courses.SignUpStatus;
import fi.opeverkko.courses.SubstituteMonth;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.identity.LoginIdentity;
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
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Central courses in the container against the real database: organisers' courses and their rules,
 * one-click sign-up with the waitlist under concurrency, cancellation moving the first waiting in,
 * the principal's approval and substitute days, the catalogue, and every refusal on the way.
 */
@ExtendWith(ArquillianExtension.class)
class CourseIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private CourseService courses;
  @Inject private CourseQueries queries;
  @Inject private CatalogueService badges;
  @Inject private Outbox outbox;
  @Inject private CompetenceWorld world;
  @Inject private CourseWorld courseWorld;
  @Inject private AsUser asUser;
  @Inject private Clock clock;

  @Resource private ManagedThreadFactory threads;

  private SchoolYear year;
  private LocalDate today;
  private Long school;
  private Long otherSchool;
  private Someone principal;
  private Someone otherPrincipal;
  private Someone teacher;
  private Someone leader;
  private Someone member;
  private Someone outsider;
  private Long team;
  private Long otherTeam;

  @BeforeEach
  void cleanSlate() {
    year = clock.currentSchoolYear();
    today = clock.today();
    school = world.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    otherSchool = world.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    principal = world.person("principal", school, SchoolRole.PRINCIPAL, year);
    otherPrincipal = world.person("principal", otherSchool, SchoolRole.PRINCIPAL, year);
    teacher = world.person("teacher", school, SchoolRole.TEACHER, year);
    leader = world.person("leader", otherSchool, SchoolRole.TEACHER, year);
    member = world.person("expert", otherSchool, SchoolRole.TEACHER, year);
    outsider = world.person("expert", otherSchool, SchoolRole.TEACHER, year);
    team = courseWorld.team(leader.id(), member.id(), year);
    otherTeam = courseWorld.team(outsider.id(), outsider.id(), year);
  }

  private static LoginIdentity login(Someone someone) {
    return new LoginIdentity(someone.login(), null, false, false, null);
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(CourseRuleException.class, action).messageKey());
  }

  private static void denied(Executable action) {
    assertThrows(AccessDeniedException.class, action);
  }

  private static SessionDetails contactDay(LocalDateTime startsAt) {
    return new SessionDetails(
        SessionKind.CONTACT_DAY, startsAt, startsAt.plusHours(6), "Opettajien talo", null);
  }

  private static SessionDetails webinar(LocalDateTime startsAt) {
    return new SessionDetails(
        SessionKind.WEBINAR, startsAt, startsAt.plusHours(2), null, "https://meet.example/k");
  }

  /** At nine on the day so many days from today. */
  private LocalDateTime day(int fromToday) {
    return today.plusDays(fromToday).atTime(9, 0);
  }

  /** A course of the team, open for sign-up today, with the given places and sessions. */
  private CourseDetails details(
      Long teamId, int capacity, boolean approval, List<SessionDetails> sessions) {
    return new CourseDetails(
        new LocalizedName("Digiloikka", "Digisprång", "Digital leap"),
        new LocalizedText("Kuvaus", "Beskrivning", "Description"),
        TeachingLanguage.FI,
        Set.of(SchoolType.COMPREHENSIVE),
        Set.of(),
        Level.ADVANCED,
        teamId,
        null,
        capacity,
        Math.min(3, capacity),
        today.minusDays(1),
        today.plusDays(10),
        today.plusDays(12),
        approval,
        null,
        sessions,
        Set.of());
  }

  private CourseDetails details(int capacity) {
    return details(team, capacity, false, List.of(contactDay(day(20)), webinar(day(27))));
  }

  /** A copy of the details with other dates of the sign-up window and decision. */
  private static CourseDetails withDates(
      CourseDetails d, LocalDate opens, LocalDate closes, LocalDate decision) {
    return new CourseDetails(
        d.name(),
        d.description(),
        d.language(),
        d.schoolTypes(),
        d.roles(),
        d.level(),
        d.teamId(),
        d.cityCode(),
        d.capacity(),
        d.minimum(),
        opens,
        closes,
        decision,
        d.approvalNeeded(),
        d.priceCents(),
        d.sessions(),
        d.badgeIds());
  }

  private static CourseDetails withSessions(CourseDetails d, List<SessionDetails> sessions) {
    return new CourseDetails(
        d.name(),
        d.description(),
        d.language(),
        d.schoolTypes(),
        d.roles(),
        d.level(),
        d.teamId(),
        d.cityCode(),
        d.capacity(),
        d.minimum(),
        d.signUpOpens(),
        d.signUpCloses(),
        d.decisionDate(),
        d.approvalNeeded(),
        d.priceCents(),
        sessions,
        d.badgeIds());
  }

  private static CourseDetails withPlaces(CourseDetails d, int capacity, int minimum) {
    return new CourseDetails(
        d.name(),
        d.description(),
        d.language(),
        d.schoolTypes(),
        d.roles(),
        d.level(),
        d.teamId(),
        d.cityCode(),
        capacity,
        minimum,
        d.signUpOpens(),
        d.signUpCloses(),
        d.decisionDate(),
        d.approvalNeeded(),
        d.priceCents(),
        d.sessions(),
        d.badgeIds());
  }

  private static CourseDetails withCity(CourseDetails d, String cityCode) {
    return new CourseDetails(
        d.name(),
        d.description(),
        d.language(),
        d.schoolTypes(),
        d.roles(),
        d.level(),
        d.teamId(),
        cityCode,
        d.capacity(),
        d.minimum(),
        d.signUpOpens(),
        d.signUpCloses(),
        d.decisionDate(),
        d.approvalNeeded(),
        d.priceCents(),
        d.sessions(),
        d.badgeIds());
  }

  private static CourseDetails withBadges(CourseDetails d, Set<Long> badgeIds) {
    return new CourseDetails(
        d.name(),
        d.description(),
        d.language(),
        d.schoolTypes(),
        d.roles(),
        d.level(),
        d.teamId(),
        d.cityCode(),
        d.capacity(),
        d.minimum(),
        d.signUpOpens(),
        d.signUpCloses(),
        d.decisionDate(),
        d.approvalNeeded(),
        d.priceCents(),
        d.sessions(),
        badgeIds);
  }

  /**
   * The catalogue from this school year on: the courses of past years are many once CourseScaleIT
   * has loaded its five years.
   */
  private CourseFilter thisSchoolYear() {
    LocalDate firstDay = clock.currentSchoolYear().firstDay();
    return new CourseFilter(null, null, firstDay, null, null, null, null);
  }

  private CourseRow row(Long courseId) {
    return queries.catalogue(thisSchoolYear(), 0, 200).rows().stream()
        .filter(row -> row.id().equals(courseId))
        .findFirst()
        .orElseThrow();
  }

  private List<ParticipantRow> participants(Long courseId) {
    return queries.participants(courseId, 0, 200).rows();
  }

  /** The letters queued about the course's change of the kind, read as an admin. */
  private List<OutboxLetter> letters(Long courseId, String kind) {
    signInAs.admin();
    return outbox.newestFirst(null, 0, 500).stream()
        .filter(letter -> letter.getAbout().equals("course " + courseId + " (" + kind + ")"))
        .toList();
  }

  /** Signs up as many new teachers of the school one after the other; their people. */
  private List<Someone> signedUp(Long courseId, int count) {
    List<Someone> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Someone someone = world.person("teacher", school, SchoolRole.TEACHER, year);
      signInAs.user(someone);
      courses.signUp(courseId);
      people.add(someone);
    }
    return people;
  }

  @Test
  @DisplayName("The team's leader and members organise its courses; the catalogue shows them")
  void organisersCreateAndEdit() {
    signInAs.admin();
    Long badge =
        badges.create(
            new BadgeDetails(
                Level.ADVANCED,
                new LocalizedName("Alue", "Område", "Area"),
                new LocalizedName("Merkki", "Märke", "Badge"),
                new LocalizedText("Kriteerit", "Kriterier", "Criteria"),
                new LocalizedText("Näyttö", "Bevis", "Evidence")));
    signInAs.user(leader);
    Long id = courses.create(withBadges(details(20), Set.of(badge)));
    signInAs.user(member);
    courses.edit(id, withPlaces(details(20), 25, 5));

    CourseRow row = row(id);
    assertEquals(25, row.capacity());
    assertEquals(today.plusDays(20), row.firstDay());
    assertEquals(today.plusDays(27), row.lastDay());
    assertEquals(Set.of(SessionKind.CONTACT_DAY, SessionKind.WEBINAR), row.formats());
    assertTrue(row.organiser().fi().startsWith("Kurssitiimi"));

    signInAs.admin();
    Long central = courses.create(details(null, 10, false, List.of(contactDay(day(30)))));
    assertNull(row(central).organiser());
    // Left current, the badge would be a level 2 no demo teacher holds, for the tests after this.
    badges.retire(badge);
  }

  @Test
  @DisplayName("Dates out of order, a session in the past, overlapping sessions: refused, unsaved")
  void courseRulesRefuseAndSaveNothing() {
    signInAs.user(leader);
    long before = queries.catalogue(CourseFilter.any(), 0, 1).total();
    refused(
        "courses.datesOutOfOrder",
        () ->
            courses.create(
                withDates(details(20), today.plusDays(5), today.plusDays(2), today.plusDays(12))));
    refused(
        "courses.datesOutOfOrder",
        () ->
            courses.create(withDates(details(20), today, today.plusDays(10), today.plusDays(25))));
    refused(
        "courses.sessionInPast",
        () -> courses.create(withSessions(details(20), List.of(contactDay(day(-1))))));
    refused(
        "courses.sessionsOverlap",
        () ->
            courses.create(
                withSessions(
                    details(20), List.of(contactDay(day(20)), webinar(day(20).plusHours(5))))));
    refused(
        "courses.sessionEndsBeforeStart",
        () ->
            courses.create(
                withSessions(
                    details(20),
                    List.of(
                        new SessionDetails(
                            SessionKind.ONLINE, day(20), day(20), null, "https://x.example")))));
    refused(
        "courses.placeMissing",
        () ->
            courses.create(
                withSessions(
                    details(20),
                    List.of(
                        new SessionDetails(
                            SessionKind.CONTACT_DAY, day(20), day(20).plusHours(6), " ", null)))));
    refused(
        "courses.linkMissing",
        () ->
            courses.create(
                withSessions(
                    details(20),
                    List.of(
                        new SessionDetails(
                            SessionKind.WEBINAR, day(20), day(20).plusHours(1), null, null)))));
    refused("courses.minimumOverCapacity", () -> courses.create(withPlaces(details(20), 5, 6)));
    refused("courses.invalidDetails", () -> courses.create(withSessions(details(20), List.of())));
    refused("courses.noSuchBadge", () -> courses.create(withBadges(details(20), Set.of(-1L))));
    signInAs.admin();
    refused(
        "courses.noSuchTeam",
        () -> courses.create(details(-1L, 20, false, List.of(contactDay(day(20))))));
    assertEquals(before, queries.catalogue(CourseFilter.any(), 0, 1).total());

    signInAs.user(leader);
    Long id = courses.create(details(5));
    signedUp(id, 3);
    signInAs.user(leader);
    refused("courses.capacityBelowGiven", () -> courses.edit(id, withPlaces(details(5), 2, 0)));
    refused(
        "courses.sessionInPast",
        () -> courses.edit(id, withSessions(details(5), List.of(contactDay(day(-2))))));
    CourseRow unchanged = row(id);
    assertEquals(5, unchanged.capacity());
    assertEquals(3, unchanged.given());
    assertEquals(today.plusDays(20), unchanged.firstDay());
  }

  @Test
  @DisplayName(
      "Fifty teachers at once for twenty places: twenty in, thirty waiting in arrival order")
  void capacityHoldsUnderConcurrency() throws Exception {
    signInAs.user(leader);
    Long id = courses.create(details(20));
    List<Someone> teachers =
        IntStream.range(0, 50)
            .mapToObj(i -> world.person("rush", school, SchoolRole.TEACHER, year))
            .toList();

    ExecutorService pool = Executors.newFixedThreadPool(teachers.size(), threads);
    try {
      CountDownLatch ready = new CountDownLatch(teachers.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<SignUpOutcome>> outcomes = new ArrayList<>();
      for (Someone someone : teachers) {
        outcomes.add(
            pool.submit(
                () ->
                    asUser.call(
                        login(someone),
                        () -> {
                          ready.countDown();
                          go.await();
                          return courses.signUp(id);
                        })));
      }
      ready.await();
      go.countDown();
      List<SignUpOutcome> results = new ArrayList<>();
      for (Future<SignUpOutcome> outcome : outcomes) {
        results.add(outcome.get());
      }
      assertEquals(20, results.stream().filter(r -> r.status() == SignUpStatus.IN).count(), "in");
      assertEquals(
          30, results.stream().filter(r -> r.status() == SignUpStatus.WAITING).count(), "waiting");
      // Every teacher arrived once, and those in arrived before all those waiting.
      assertEquals(
          IntStream.rangeClosed(1, 50).boxed().collect(Collectors.toSet()),
          results.stream().map(SignUpOutcome::arrival).collect(Collectors.toSet()));
      assertTrue(
          results.stream().allMatch(r -> (r.arrival() <= 20) == (r.status() == SignUpStatus.IN)),
          results.toString());
    } finally {
      pool.shutdownNow();
    }

    signInAs.user(leader);
    List<ParticipantRow> list = participants(id);
    assertEquals(50, queries.participants(id, 0, 10).total());
    assertEquals(
        List.of(SignUpStatus.IN, SignUpStatus.WAITING),
        List.of(list.get(19).status(), list.get(20).status()));
    assertEquals(20, row(id).given());
    assertEquals(30, row(id).waiting());
  }

  @Test
  @DisplayName(
      "Cancelling frees the place: the first waiting moves in and is told in their language")
  void cancellingMovesTheFirstWaitingIn() {
    signInAs.user(leader);
    Long id = courses.create(details(2));
    List<Someone> people = signedUp(id, 4);
    courseWorld.speaksSwedish(people.get(2).id());

    signInAs.user(leader);
    Long firstIn = participants(id).get(0).signUpId();
    signInAs.user(people.get(1));
    denied(() -> courses.cancel(firstIn));
    signInAs.user(people.get(0));
    courses.cancel(firstIn);
    refused("courses.signUpNotActive", () -> courses.cancel(firstIn));

    signInAs.user(leader);
    List<ParticipantRow> list = participants(id);
    assertEquals(
        List.of(SignUpStatus.IN, SignUpStatus.IN, SignUpStatus.WAITING),
        list.stream().map(ParticipantRow::status).toList());
    assertEquals(people.get(2).id(), list.get(1).personId());

    List<OutboxLetter> told = letters(id, "MOVED_IN");
    assertEquals(1, told.size());
    assertEquals(people.get(2).login() + "@opeverkko.example", told.get(0).getRecipient());
    assertTrue(
        told.get(0).getSubject().startsWith("Du har fått en plats"), told.get(0).getSubject());

    // Signing up again after cancelling queues at the end.
    signInAs.user(people.get(0));
    SignUpOutcome again = courses.signUp(id);
    assertEquals(SignUpStatus.WAITING, again.status());
    assertEquals(5, again.arrival());
    refused("courses.alreadySignedUp", () -> courses.signUp(id));

    // More places let the first waiting in at once.
    signInAs.user(leader);
    courses.edit(id, withPlaces(details(2), 3, 2));
    assertEquals(people.get(3).id(), participants(id).get(2).personId());
    assertEquals(SignUpStatus.IN, participants(id).get(2).status());
  }

  @Test
  @DisplayName("Where approval is needed the principal approves or declines; substitute days count")
  void principalApproves() {
    signInAs.user(leader);
    Long id =
        courses.create(
            details(
                team,
                1,
                true,
                List.of(
                    contactDay(day(20)),
                    contactDay(day(20).plusHours(7)),
                    contactDay(day(21)),
                    webinar(day(22)))));
    signInAs.user(teacher);
    SignUpOutcome asked = courses.signUp(id);
    assertEquals(SignUpStatus.PENDING_APPROVAL, asked.status());
    List<OutboxLetter> asking = letters(id, "APPROVAL_ASKED");
    assertEquals(1, asking.size());
    // The principal is asked about the teacher: the letter names the teacher, not its recipient.
    assertTrue(asking.get(0).getSubject().contains(teacher.login()), asking.get(0).getSubject());
    assertFalse(asking.get(0).getSubject().contains(principal.login()), asking.get(0).getSubject());

    List<Someone> others = signedUp(id, 2);
    signInAs.user(leader);
    List<Long> pending =
        participants(id).stream()
            .filter(row -> others.stream().anyMatch(o -> o.id().equals(row.personId())))
            .map(ParticipantRow::signUpId)
            .toList();

    signInAs.user(otherPrincipal);
    denied(() -> courses.approve(asked.signUpId(), true));
    denied(() -> queries.substituteDays(school, year));
    signInAs.user(teacher);
    denied(() -> courses.approve(asked.signUpId(), true));

    signInAs.user(principal);
    assertEquals(SignUpStatus.IN, courses.approve(asked.signUpId(), true));
    refused("courses.notPendingApproval", () -> courses.approve(asked.signUpId(), true));
    assertEquals(SignUpStatus.WAITING, courses.approve(pending.get(0), false));
    courses.decline(pending.get(1));
    refused("courses.notPendingApproval", () -> courses.decline(pending.get(1)));
    assertEquals(1, letters(id, "DECLINED").size());
    assertEquals(2, letters(id, "APPROVED").size());

    // Two contact days on the first day count as one day away; the webinar as none.
    signInAs.user(principal);
    YearMonth month = YearMonth.from(day(20));
    long expected = YearMonth.from(day(21)).equals(month) ? 2 : 1;
    List<SubstituteMonth> days =
        queries.substituteDays(school, SchoolYear.containing(day(20).toLocalDate()));
    assertEquals(expected, days.get(0).days());
    assertEquals(month, days.get(0).month());
  }

  @Test
  @DisplayName("Sign-up: only in its window, from the course's city, once; one's own school")
  void signUpRules() {
    signInAs.user(leader);
    Long later =
        courses.create(
            withDates(details(20), today.plusDays(1), today.plusDays(10), today.plusDays(12)));
    Long espoo = courses.create(withCity(details(20), "ESPOO"));
    Long open = courses.create(details(20));
    signInAs.user(teacher);
    refused("courses.signUpClosed", () -> courses.signUp(later));
    refused("courses.notForYourCity", () -> courses.signUp(espoo));
    refused("courses.notYourSchool", () -> courses.signUp(open, otherSchool));
    refused("courses.noSuchCourse", () -> courses.signUp(-1L));
    courses.signUp(open);
    refused("courses.alreadySignedUp", () -> courses.signUp(open));

    world.assign(teacher.id(), otherSchool, SchoolRole.TEACHER, year);
    signInAs.user(leader);
    Long second = courses.create(details(20));
    signInAs.user(teacher);
    refused("courses.chooseSchool", () -> courses.signUp(second));
    assertEquals(SignUpStatus.IN, courses.signUp(second, otherSchool).status());
  }

  @Test
  @DisplayName(
      "The pages' reads: a course's card with the reader's own sign-up and waitlist number, the"
          + " own sign-ups, the school's sign-ups for its principal only, details and organisers")
  void readsForThePages() {
    signInAs.user(leader);
    Long id = courses.create(details(1));
    List<Someone> people = signedUp(id, 3);

    signInAs.user(people.get(2));
    CourseCard card = queries.card(id);
    assertEquals(1, card.given());
    assertEquals(2, card.waiting());
    assertEquals(0, card.free());
    assertEquals(SignUpStatus.WAITING, card.mine().status());
    assertEquals(2, card.mine().position(), "second on the waitlist");
    assertEquals(2, card.sessions().size());
    assertFalse(card.organisable());
    OwnSignUp own =
        queries.mySignUps().stream()
            .filter(signUp -> signUp.courseId().equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals(card.mine(), own);

    signInAs.user(leader);
    assertTrue(queries.card(id).organisable());
    assertNull(queries.card(id).mine());
    assertEquals(details(1).sessions(), queries.details(id).sessions());
    assertEquals(3, queries.participantCount(id));
    assertEquals(
        Set.of(team), queries.organisers().stream().map(Organiser::teamId).collect(toSet()));
    signInAs.user(outsider);
    denied(() -> queries.details(id));
    denied(() -> queries.participantCount(id));

    signInAs.user(principal);
    assertEquals(
        people.stream().map(Someone::login).map(login -> "Testi " + login).collect(toSet()),
        queries.schoolSignUps(school).stream()
            .filter(row -> row.courseId().equals(id))
            .map(SchoolSignUp::teacherName)
            .collect(toSet()));
    signInAs.user(otherPrincipal);
    denied(() -> queries.schoolSignUps(school));
    signInAs.user(teacher);
    denied(() -> queries.schoolSignUps(school));
  }

  @Test
  @DisplayName("Organisers only organise their own team's courses; teachers read no participants")
  void authorization() {
    signInAs.user(teacher);
    denied(() -> courses.create(details(20)));
    signInAs.user(outsider);
    denied(() -> courses.create(details(20)));
    denied(() -> courses.create(details(null, 20, false, List.of(contactDay(day(20))))));
    signInAs.user(leader);
    Long id = courses.create(details(20));
    signInAs.user(outsider);
    denied(() -> courses.edit(id, details(20)));
    denied(() -> queries.participants(id, 0, 10));
    signInAs.user(teacher);
    denied(() -> queries.participants(id, 0, 10));
    signInAs.user(leader);
    denied(() -> courses.edit(id, details(otherTeam, 20, false, List.of(contactDay(day(20))))));
    signInAs.coordinator("HELSINKI");
    denied(() -> courses.signUp(id));
  }

  @Test
  @DisplayName("The catalogue filters by level, language, date, format and target group")
  void catalogueFilters() {
    // Over a year ahead, where no other course (demo data, other tests) lies.
    LocalDate from = today.plusDays(500);
    LocalDate to = today.plusDays(560);
    signInAs.user(leader);
    CourseDetails later =
        withDates(details(20), today.minusDays(1), today.plusDays(10), today.plusDays(400));
    Long webinarOnly = courses.create(withSessions(later, List.of(webinar(day(540)))));
    Long contact = courses.create(withSessions(later, List.of(contactDay(day(520)))));
    assertEquals(List.of(contact, webinarOnly), ids(filter(from, to, null, null, null)));
    assertEquals(List.of(contact), ids(filter(from, to, SessionKind.CONTACT_DAY, null, null)));
    assertEquals(List.of(webinarOnly), ids(filter(today.plusDays(530), to, null, null, null)));
    assertEquals(List.of(contact), ids(filter(from, today.plusDays(530), null, null, null)));
    assertEquals(
        List.of(contact, webinarOnly),
        ids(
            new CourseFilter(
                Level.ADVANCED,
                TeachingLanguage.FI,
                from,
                to,
                null,
                SchoolType.COMPREHENSIVE,
                SchoolRole.TUTOR)));
    assertEquals(List.of(), ids(new CourseFilter(Level.BASIC, null, from, to, null, null, null)));
    assertEquals(
        List.of(), ids(new CourseFilter(null, TeachingLanguage.SV, from, to, null, null, null)));
    assertEquals(List.of(), ids(filter(from, to, null, SchoolType.VOCATIONAL, null)));
    CoursePage page = queries.catalogue(filter(from, to, null, null, null), 1, 1);
    assertEquals(List.of(webinarOnly), page.rows().stream().map(CourseRow::id).toList());
    assertEquals(2, page.total());
  }

  private static CourseFilter filter(
      LocalDate from, LocalDate to, SessionKind format, SchoolType type, SchoolRole role) {
    return new CourseFilter(null, null, from, to, format, type, role);
  }

  @Test
  @DisplayName("The demo catalogue: a full course with a waitlist, a Swedish one under its minimum")
  void demoCatalogue() {
    signInAs.user(teacher);
    List<CourseRow> rows = queries.catalogue(thisSchoolYear(), 0, CourseQueries.MAX_PAGE).rows();
    CourseRow full =
        rows.stream()
            .filter(row -> row.name().fi().equals("Digiloikka: oppimisympäristöt"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(rows.toString()));
    assertEquals(List.of(20L, 6L), List.of(full.given(), full.waiting()));
    CourseRow swedish =
        rows.stream()
            .filter(row -> row.language() == TeachingLanguage.SV)
            .findFirst()
            .orElseThrow(() -> new AssertionError(rows.toString()));
    assertTrue(swedish.given() < 8, "under its minimum: " + swedish);
  }

  private List<Long> ids(CourseFilter filter) {
    return queries.catalogue(filter, 0, 50).rows().stream().map(CourseRow::id).toList();
  }
}
