package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.audit.AuditEvent;
import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.feedback.DiscussionRow;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.identity.LoginIdentity;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.TeamOverview;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Outbox;
import fi.opeverkko.platform.OutboxLetter;
import fi.opeverkko.visits.CalendarFeeds;
import fi.opeverkko.visits.CityVisitFilter;
import fi.opeverkko.visits.CityVisitQueries;
import fi.opeverkko.visits.HistoryLine;
import fi.opeverkko.visits.InboxRow;
import fi.opeverkko.visits.SchoolVisitQueries;
import fi.opeverkko.visits.TeamVisitQueries;
import fi.opeverkko.visits.VisitAction;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitEvent;
import fi.opeverkko.visits.VisitPage;
import fi.opeverkko.visits.VisitPageQueries;
import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.visits.VisitRuleException;
import fi.opeverkko.visits.VisitSchedule;
import fi.opeverkko.visits.VisitService;
import fi.opeverkko.visits.VisitStatus;
import fi.opeverkko.visits.Workload;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A training visit's life and its rules, run in the container against the real database. */
@ExtendWith(ArquillianExtension.class)
class VisitIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private VisitService visits;
  @Inject private VisitPageQueries queries;
  @Inject private TeamVisitQueries teamVisits;
  @Inject private CityVisitQueries cityVisits;
  @Inject private SchoolVisitQueries schoolVisits;
  @Inject private CalendarFeeds feeds;
  @Inject private NetworkOverviewService network;
  @Inject private TeamService teams;
  @Inject private Clock clock;
  @Inject private AsUser asUser;
  @Inject private Outbox outbox;
  @Inject private AuditLog auditLog;
  @Inject private PastVisits pastVisits;

  @Resource private ManagedExecutorService executor;

  private Long kallio;
  private Long environments;
  private Long steam;

  private static LoginIdentity login(String name) {
    return new LoginIdentity(name, null, false, false, null);
  }

  @BeforeEach
  void findTheDemoNetwork() {
    signInAs.user("principal");
    kallio =
        network.mySchools().stream().map(SchoolOverview::school).findFirst().orElseThrow().getId();
    for (TeamOverview team : network.allTeams()) {
      switch (team.team().getCode()) {
        case "LEARNING_ENVIRONMENTS" -> environments = team.team().getId();
        case "STEAM" -> steam = team.team().getId();
        default -> {
          // The other teams are not needed here.
        }
      }
    }
  }

  private VisitDetails request(Long schoolId, Long teamId) {
    VisitDetails details = new VisitDetails();
    details.setSchoolId(schoolId);
    details.setTeamId(teamId);
    List<TeamTopic> topics = teams.offeredTopics(Set.of(teamId));
    details.setTopicId(topics.get(0).getId());
    details.setParticipants(25);
    details.setPreferredFrom(clock.today().plusDays(14));
    details.setPreferredUntil(clock.today().plusDays(40));
    details.setGoal("Opettajat käyttävät pihaa oppimisympäristönä.");
    return details;
  }

  /** A request of Kallio's principal to the learning environments team, accepted by its leader. */
  private Long acceptedRequest() {
    signInAs.user("principal");
    Long id = visits.request(request(kallio, environments));
    signInAs.user("team-leader");
    visits.accept(id);
    return id;
  }

  private Long expert(Long teamId, int index) {
    return teams
        .team(teamId, clock.currentSchoolYear())
        .overview()
        .members()
        .get(index)
        .getPerson()
        .getId();
  }

  /**
   * A Wednesday slot in this school year (the experts' reserved hours are per school year), a
   * different week for each test and run, so that reruns on the same database do not collide.
   */
  private LocalDateTime slot(int seed, int hour) {
    LocalDate first = clock.today().plusWeeks(1);
    long weeksLeft =
        Math.max(1, ChronoUnit.WEEKS.between(first, clock.currentSchoolYear().lastDay()));
    long week = (seed + System.currentTimeMillis() / 1000) % weeksLeft;
    return first
        .plusWeeks(week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY))
        .atTime(LocalTime.of(hour, 0));
  }

  @Test
  @DisplayName(
      "Request, accept, schedule, deliver, feedback under 3.5, close: every step in the history")
  void wholeLife() {
    Long id = acceptedRequest();
    LocalDateTime start = slot(3, 9);
    visits.schedule(
        id,
        new VisitSchedule(
            start, start.plusMinutes(90), "Kallion aula", List.of(expert(environments, 2))));
    // Booked ahead, as a visit can only be; then its day comes and goes.
    pastVisits.moveBack(id, clock.now().minusDays(1).withHour(9).withMinute(0).withSecond(0));
    visits.deliver(id);
    signInAs.user("principal");
    visits.giveFeedback(id, 3, "Hyvä, mutta liian lyhyt.");
    signInAs.user("team-leader");
    VisitPage delivered = queries.visit(id);
    assertTrue(
        delivered.discussion().filter(DiscussionRow::open).isPresent(),
        "an average of 3 opens a feedback discussion, shown on the visit's page");
    assertTrue(
        teamVisits
            .feedbackOfTeam(environments, 0, (int) teamVisits.countFeedbackOfTeam(environments))
            .stream()
            .anyMatch(f -> f.request().getId().equals(id) && f.needsDiscussion()));
    visits.close(id);

    VisitPage closed = queries.visit(id);
    assertEquals(VisitStatus.CLOSED, closed.request().getStatus());
    assertEquals(
        List.of(
            VisitAction.SUBMIT,
            VisitAction.ACCEPT,
            VisitAction.SCHEDULE,
            VisitAction.DELIVER,
            VisitAction.CLOSE),
        closed.history().stream().map(e -> e.getAction()).toList());
    assertEquals("Paula Rehtori", closed.history().get(0).getActor());
    HistoryLine feedback = closed.timeline().get(4);
    assertEquals("Hyvä, mutta liian lyhyt.", feedback.feedback().getComment(), "between the steps");
    assertEquals(Set.of(), closed.actions(), "nothing more to do with a closed visit");
  }

  @Test
  @DisplayName("Illegal transitions, missing reasons and other people's visits are refused")
  void rulesAndPermissions() {
    signInAs.user("principal");
    Long id = visits.request(request(kallio, environments));
    signInAs.user("team-leader");
    VisitRuleException early = assertThrows(VisitRuleException.class, () -> visits.deliver(id));
    assertEquals("visit.illegalTransition", early.messageKey());
    VisitRuleException noReason =
        assertThrows(VisitRuleException.class, () -> visits.decline(id, " "));
    assertEquals("visit.reasonRequired", noReason.messageKey());

    signInAs.user("principal");
    assertThrows(AccessDeniedException.class, () -> visits.accept(id));
    signInAs.user("principal-sv");
    assertThrows(AccessDeniedException.class, () -> queries.visit(id));
    assertThrows(AccessDeniedException.class, () -> visits.cancel(id, "Ei meidän"));
    signInAs.user("coach");
    assertThrows(AccessDeniedException.class, () -> queries.visit(id), "another school's staff");

    signInAs.user("principal");
    Long steamVisit = visits.request(request(kallio, steam));
    signInAs.user("team-leader");
    assertThrows(AccessDeniedException.class, () -> visits.accept(steamVisit), "another team's");

    signInAs.user("principal");
    visits.cancel(id, "Suunnitelmat muuttuivat.");
    assertEquals(VisitStatus.CANCELLED, queries.visit(id).request().getStatus());
    assertEquals("Suunnitelmat muuttuivat.", queries.visit(id).history().get(1).getReason());
  }

  @Test
  @DisplayName(
      "An unsent draft is the school's own: its team and the coordinator read it once sent")
  void draftIsTheSchoolsOwn() {
    signInAs.user("principal");
    Long draft = visits.saveDraft(null, request(kallio, environments));
    for (String outsider : List.of("team-leader", "expert")) {
      signInAs.user(outsider);
      assertThrows(AccessDeniedException.class, () -> queries.visit(draft), outsider);
    }
    signInAs.coordinator("HELSINKI");
    assertThrows(AccessDeniedException.class, () -> queries.visit(draft), "the coordinator");
    CityVisitFilter helsinki = new CityVisitFilter("HELSINKI", null, null, null, null);
    assertTrue(
        cityVisits.ofCity(helsinki, 0, 10_000).stream().noneMatch(r -> r.getId().equals(draft)),
        "the coordinator's list offers no draft to open");
    assertFalse(cityVisits.countByStatus("HELSINKI").containsKey(VisitStatus.DRAFT));
    signInAs.user("tutor");
    assertEquals(VisitStatus.DRAFT, queries.visit(draft).request().getStatus(), "a requester");
    signInAs.user("admin", true, false, null);
    assertEquals(VisitStatus.DRAFT, queries.visit(draft).request().getStatus(), "an admin");

    signInAs.user("principal");
    visits.submit(draft);
    signInAs.user("expert");
    assertEquals(VisitStatus.SUBMITTED, queries.visit(draft).request().getStatus());
  }

  @Test
  @DisplayName("A request sent at once is one step of its history and one line of the audit trail")
  void sentAtOnceIsOneStep() {
    signInAs.user("principal");
    Long id = visits.request(request(kallio, environments));

    signInAs.user("team-leader");
    VisitPage sent = queries.visit(id);
    assertEquals(VisitStatus.SUBMITTED, sent.request().getStatus());
    assertEquals(
        List.of(VisitAction.SUBMIT), sent.history().stream().map(VisitEvent::getAction).toList());
    signInAs.user("admin", true, false, null);
    assertEquals(
        List.of("VISIT_SUBMIT"),
        auditLog.newestFirst(0, 50).stream()
            .filter(line -> line.getObjectRef().equals("visit " + id))
            .map(AuditEvent::getAction)
            .toList(),
        "sent, never a draft anyone saw");
  }

  @Test
  @DisplayName("A request waiting more than ten working days is flagged in the team's inbox")
  void tenWorkingDayFlag() {
    signInAs.user("team-leader");
    List<InboxRow> inbox =
        teamVisits.inbox(environments, 0, (int) teamVisits.countInbox(environments));
    InboxRow old =
        inbox.stream()
            .filter(r -> r.request().getStatus() == VisitStatus.SUBMITTED && r.overdue())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the demo request of 20 days ago"));
    assertTrue(old.waitingDays() > 10, old.waitingDays() + " working days");
    assertTrue(
        inbox.stream()
            .anyMatch(r -> r.request().getStatus() == VisitStatus.SUBMITTED && !r.overdue()),
        "a request of three days ago is not flagged");
    assertTrue(inbox.get(0).request().getStatus().awaitsAnswer(), "new requests first");
    List<Integer> waited =
        inbox.stream()
            .filter(r -> r.request().getStatus().awaitsAnswer())
            .map(InboxRow::waitingDays)
            .toList();
    assertEquals(
        waited.stream().sorted(Comparator.reverseOrder()).toList(),
        waited,
        "the longest waiting first");
    assertEquals(
        inbox.subList(1, 3).stream().map(r -> r.request().getId()).toList(),
        teamVisits.inbox(environments, 1, 2).stream().map(r -> r.request().getId()).toList(),
        "a page of the inbox is the same rows as in the whole list");
  }

  @Test
  @DisplayName(
      "Two schedulers booking one expert for overlapping hours at once: one booking, one refusal")
  void noDoubleBookingUnderConcurrency() throws Exception {
    signInAs.user("principal");
    Long first = visits.request(request(kallio, environments));
    Long second = visits.request(request(kallio, environments));
    signInAs.user("team-leader");
    visits.accept(first);
    visits.accept(second);
    Long expert = expert(environments, 0);
    LocalDateTime start = slot(0, 9);

    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> outcomes =
        List.of(first, second).stream()
            .map(
                visit ->
                    executor.submit(
                        () ->
                            asUser.call(
                                visit.equals(first)
                                    ? login("team-leader")
                                    : new LoginIdentity("admin", null, true, false, null),
                                () -> {
                                  ready.countDown();
                                  go.await();
                                  try {
                                    visits.schedule(
                                        visit,
                                        new VisitSchedule(
                                            start.plusMinutes(visit.equals(first) ? 0 : 30),
                                            start.plusMinutes(120),
                                            "Kallio",
                                            List.of(expert)));
                                    return "booked";
                                  } catch (VisitRuleException refused) {
                                    return refused.messageKey();
                                  }
                                })))
            .toList();
    ready.await();
    go.countDown();
    List<String> results = List.of(outcomes.get(0).get(), outcomes.get(1).get());
    assertTrue(
        results.contains("booked") && results.contains("visit.expertBooked"), results.toString());
  }

  @Test
  @DisplayName("A time already past is refused when scheduling: nothing booked, nobody told")
  void notScheduledInThePast() {
    Long id = acceptedRequest();
    LocalDateTime yesterday = clock.now().minusDays(1).withHour(9).withMinute(0).withSecond(0);
    LocalDateTime earlierToday = clock.today().atStartOfDay();
    for (LocalDateTime past : List.of(yesterday, earlierToday)) {
      VisitSchedule schedule =
          new VisitSchedule(past, past.plusMinutes(1), "Kallio", List.of(expert(environments, 2)));
      VisitRuleException refused =
          assertThrows(VisitRuleException.class, () -> visits.schedule(id, schedule));
      assertEquals("visit.scheduledInPast", refused.messageKey(), past.toString());
    }

    VisitPage page = queries.visit(id);
    assertEquals(VisitStatus.ACCEPTED, page.request().getStatus(), "nothing saved");
    assertNull(page.request().getStartsAt());
    assertEquals(List.of(), page.bookings(), "no expert booked");
    assertEquals(
        List.of(VisitAction.SUBMIT, VisitAction.ACCEPT),
        page.history().stream().map(VisitEvent::getAction).toList());
    signInAs.user("admin", true, false, null);
    assertTrue(
        outbox.newestFirst(null, 0, 500).stream()
            .noneMatch(letter -> letter.getAbout().equals("visit " + id + " (SCHEDULE)")),
        "no letter to the school or the experts");
  }

  @Test
  @DisplayName(
      "Not delivered before its time, never moved into the past; the history keeps both times")
  void deliveringAndReschedulingFollowTheClock() {
    Long id = acceptedRequest();
    LocalDateTime first = slot(11, 9);
    List<Long> experts = List.of(expert(environments, 2));
    visits.schedule(id, new VisitSchedule(first, first.plusMinutes(90), "Kallio", experts));

    assertFalse(queries.visit(id).actions().contains(VisitAction.DELIVER), "no button before");
    VisitRuleException early = assertThrows(VisitRuleException.class, () -> visits.deliver(id));
    assertEquals("visit.notYetHeld", early.messageKey());

    LocalDateTime past = LocalDateTime.now().minusDays(2).withHour(9).withMinute(0);
    VisitSchedule intoThePast = new VisitSchedule(past, past.plusHours(1), "Kallio", experts);
    VisitRuleException moved =
        assertThrows(
            VisitRuleException.class, () -> visits.reschedule(id, intoThePast, "Väärä viikko"));
    assertEquals("visit.movedIntoPast", moved.messageKey());
    assertEquals(first, queries.visit(id).request().getStartsAt(), "nothing changed");

    LocalDateTime later = first.plusHours(3);
    visits.reschedule(
        id, new VisitSchedule(later, later.plusMinutes(90), "Kallio", experts), "Sairastuminen");
    VisitEvent step = queries.visit(id).history().get(queries.visit(id).history().size() - 1);
    assertEquals(VisitAction.RESCHEDULE, step.getAction());
    assertEquals(first, step.getPreviousStartsAt());
    assertEquals(later, step.getStartsAt());
    assertEquals("Sairastuminen", step.getReason());
  }

  @Test
  @DisplayName("The team's workload counts a booked visit's hours in its week and its term")
  void workloadCountsTheBookedHours() {
    Long id = acceptedRequest();
    Long booked = expert(environments, 3);
    LocalDateTime start = slot(23, 13);
    Map<Long, Workload> before = workloadOn(start.toLocalDate());

    visits.schedule(id, new VisitSchedule(start, start.plusMinutes(90), "Kallio", List.of(booked)));

    Map<Long, Workload> after = workloadOn(start.toLocalDate());
    assertEquals(
        before.get(booked).bookedThisWeek() + 1.5, after.get(booked).bookedThisWeek(), 1e-9);
    assertEquals(
        before.get(booked).bookedThisTerm() + 1.5, after.get(booked).bookedThisTerm(), 1e-9);
    before.forEach(
        (member, was) -> {
          if (!member.equals(booked)) {
            assertEquals(was.bookedThisWeek(), after.get(member).bookedThisWeek(), 1e-9);
          }
        });
  }

  private Map<Long, Workload> workloadOn(LocalDate day) {
    return teamVisits.workload(environments, day).stream()
        .collect(Collectors.toMap(w -> w.expert().getId(), Function.identity()));
  }

  @Test
  @DisplayName("An expert is not booked beyond the weekly hours reserved for the team")
  void reservedHoursAreRespected() {
    Long id = acceptedRequest();
    Long eightHours = expert(environments, 1);
    LocalDateTime start = slot(7, 8);
    VisitRuleException refused =
        assertThrows(
            VisitRuleException.class,
            () ->
                visits.schedule(
                    id,
                    new VisitSchedule(start, start.plusHours(9), "Kallio", List.of(eightHours))));
    assertEquals("visit.overHours", refused.messageKey());
    assertEquals(VisitStatus.ACCEPTED, queries.visit(id).request().getStatus(), "nothing changed");
  }

  @Test
  @DisplayName(
      "The team's feed is valid iCalendar with the visit; a renewed address shuts the old one")
  void calendarFeed() throws Exception {
    Long id = acceptedRequest();
    LocalDateTime start = slot(13, 13);
    visits.schedule(
        id,
        new VisitSchedule(start, start.plusHours(1), "Kallio", List.of(expert(environments, 1))));
    String token = feeds.teamToken(environments, false);

    String ics = feeds.feed(token).orElseThrow();
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    assertTrue(ics.contains("UID:visit-" + id + "@opeverkko"), ics);

    visits.cancel(id, "Sairastapaus.");
    assertTrue(feeds.feed(token).orElseThrow().contains("STATUS:CANCELLED"));
    String renewed = feeds.teamToken(environments, true);
    assertFalse(feeds.feed(token).isPresent(), "the old address is revoked");
    assertTrue(feeds.feed(renewed).isPresent());
    signInAs.user("expert");
    assertThrows(AccessDeniedException.class, () -> feeds.teamToken(environments, false));
  }

  @Test
  @DisplayName("Emails reach the SMTP server in each recipient's language")
  void emailsInTheRecipientsLanguage() throws Exception {
    try (Mailbox mailbox = new Mailbox()) {
      signInAs.user("principal-sv");
      Long larkkula = network.mySchools().get(0).school().getId();
      Long id = visits.request(request(larkkula, environments));
      signInAs.user("team-leader");
      visits.accept(id);
      String link = "visit.xhtml?id=" + id + "\n";
      List<MimeMessage> toLeader = mailbox.await("team-leader@opeverkko.example", link);
      assertEquals(1, toLeader.size());
      assertTrue(
          toLeader.get(0).getSubject().startsWith("Uusi koulutuspyyntö"),
          toLeader.get(0).getSubject());
      List<MimeMessage> toPrincipal = mailbox.await("principal-sv@opeverkko.example", link);
      assertEquals(1, toPrincipal.size());
      assertTrue(
          toPrincipal.get(0).getSubject().startsWith("Er utbildningsbegäran godkändes"),
          toPrincipal.get(0).getSubject());
    }
  }

  @Test
  @DisplayName("Scheduling queues letters naming the time, to the school and to the booked expert")
  void schedulingLettersReachTheExperts() {
    Long id = acceptedRequest();
    Person expert =
        teams.team(environments, clock.currentSchoolYear()).overview().members().get(1).getPerson();
    LocalDateTime start = slot(21, 10);
    visits.schedule(
        id, new VisitSchedule(start, start.plusHours(1), "Kallio", List.of(expert.getId())));

    signInAs.user("admin", true, false, null);
    List<OutboxLetter> letters =
        outbox.newestFirst(null, 0, 500).stream()
            .filter(letter -> letter.getAbout().equals("visit " + id + " (SCHEDULE)"))
            .toList();
    assertEquals(
        Set.of("principal@opeverkko.example", expert.getEmail()),
        letters.stream().map(OutboxLetter::getRecipient).collect(Collectors.toSet()));
    assertTrue(
        letters.stream().noneMatch(letter -> letter.getSubject().endsWith(", ")),
        "every subject names the time");
  }

  @Test
  @DisplayName("A coordinator follows their city's visits; another city's coordinator is refused")
  void coordinatorOverview() {
    signInAs.coordinator("HELSINKI");
    CityVisitFilter scheduled =
        new CityVisitFilter("HELSINKI", VisitStatus.SCHEDULED, null, null, null);
    assertTrue(cityVisits.countOfCity(scheduled) >= 2);
    assertTrue(
        cityVisits.ofCity(scheduled, 0, 10).stream()
            .allMatch(v -> v.getStatus() == VisitStatus.SCHEDULED));
    assertTrue(
        cityVisits
            .countByStatus("HELSINKI")
            .keySet()
            .containsAll(Set.of(VisitStatus.CLOSED, VisitStatus.DECLINED)));
    signInAs.coordinator("ESPOO");
    assertThrows(AccessDeniedException.class, () -> cityVisits.countOfCity(scheduled));
  }

  @Test
  @DisplayName(
      "A school's visits come a page at a time, newest first, to its requesters and its city's"
          + " coordinator only")
  void schoolVisitsPageByPage() {
    signInAs.user("principal");
    visits.request(request(kallio, environments));
    visits.request(request(kallio, environments));
    long total = schoolVisits.countOfMySchools();
    assertEquals(schoolVisits.countOfSchool(kallio), total, "the principal has one school");
    List<VisitRequest> firstTwo = schoolVisits.ofMySchools(0, 2);
    List<VisitRequest> secondAndThird = schoolVisits.ofMySchools(1, 2);
    assertEquals(2, firstTwo.size());
    assertEquals(firstTwo.get(1).getId(), secondAndThird.get(0).getId(), "pages follow on");
    assertFalse(
        firstTwo.get(0).getCreatedAt().isBefore(firstTwo.get(1).getCreatedAt()), "newest first");
    assertEquals(
        total,
        schoolVisits.ofMySchools(0, (int) total + 5).size(),
        "the last page ends with the school's requests");

    signInAs.coordinator("HELSINKI");
    assertEquals(total, schoolVisits.countOfSchool(kallio));
    assertEquals(0, schoolVisits.countOfMySchools(), "a coordinator requests for no school");
    assertTrue(schoolVisits.ofMySchools(0, 25).isEmpty());
    signInAs.coordinator("ESPOO");
    assertThrows(AccessDeniedException.class, () -> schoolVisits.countOfSchool(kallio));
    assertThrows(AccessDeniedException.class, () -> schoolVisits.ofSchool(kallio, 0, 25));
  }
}
