package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.TeamOverview;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Outbox;
import fi.opeverkko.platform.OutboxLetter;
import fi.opeverkko.platform.OutboxSender;
import fi.opeverkko.platform.OutboxStatus;
import fi.opeverkko.platform.SendError;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitPageQueries;
import fi.opeverkko.visits.VisitService;
import fi.opeverkko.visits.VisitStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Emails go through the outbox: written with the change, sent in the background, retried with a
 * growing wait, given up after the last try, and queued again by an admin. The test server runs
 * with a mail server that is down unless a test starts one (see Mailbox), a sender round every
 * second, three tries and a two-second SMTP timeout (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  private static final String LEADER = "team-leader@opeverkko.example";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private VisitService visits;
  @Inject private VisitPageQueries queries;
  @Inject private NetworkOverviewService network;
  @Inject private TeamService teams;
  @Inject private Clock clock;
  @Inject private Outbox outbox;
  @Inject private OutboxSender sender;

  @Resource private ManagedExecutorService executor;

  /** The principal of Kallio asks the Learning environments team for a visit. */
  private Long requestVisit() {
    signInAs.user("principal");
    Long kallio =
        network.mySchools().stream().map(SchoolOverview::school).findFirst().orElseThrow().getId();
    Long team =
        network.allTeams().stream()
            .map(TeamOverview::team)
            .filter(t -> "LEARNING_ENVIRONMENTS".equals(t.getCode()))
            .findFirst()
            .orElseThrow()
            .getId();
    VisitDetails details = new VisitDetails();
    details.setSchoolId(kallio);
    details.setTeamId(team);
    details.setTopicId(teams.offeredTopics(Set.of(team)).get(0).getId());
    details.setParticipants(20);
    details.setPreferredFrom(clock.today().plusDays(14));
    details.setPreferredUntil(clock.today().plusDays(40));
    details.setGoal("Postin testi.");
    return visits.request(details);
  }

  /** The outbox's letter to the team leader about the request, as the admins see it. */
  private OutboxLetter letterAbout(Long visitId) {
    signInAs.user("admin", true, false, null);
    return outbox.newestFirst(null, 0, 500).stream()
        .filter(l -> l.getAbout().equals("visit " + visitId + " (SUBMIT)"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no letter about visit " + visitId));
  }

  /**
   * Runs the sender at {@code now} until the letter is {@code done} (the background round may be
   * the one that tries it, or other letters may come first).
   */
  private OutboxLetter sendUntil(Long visitId, Predicate<OutboxLetter> done, LocalDateTime now)
      throws InterruptedException {
    return sendUntil(visitId, done, () -> () -> now);
  }

  /** The same, each round on a clock of its own from {@code rounds}. */
  private OutboxLetter sendUntil(
      Long visitId, Predicate<OutboxLetter> done, Supplier<Supplier<LocalDateTime>> rounds)
      throws InterruptedException {
    OutboxLetter letter = letterAbout(visitId);
    for (int round = 0; round < 100 && !done.test(letter); round++) {
      sender.sendDue(rounds.get());
      letter = letterAbout(visitId);
      if (!done.test(letter)) {
        Thread.sleep(100);
      }
    }
    return letter;
  }

  /** The same, until the letter has had more tries than it had. */
  private OutboxLetter triedAgain(Long visitId, int attempts, LocalDateTime now)
      throws InterruptedException {
    return sendUntil(visitId, letter -> letter.getAttempts() > attempts, now);
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  /**
   * The clock of a round that picks its letters at {@code start} and reaches them at {@code later},
   * as a round does behind letters to silent mail servers.
   */
  private static Supplier<LocalDateTime> slowRound(LocalDateTime start, LocalDateTime later) {
    AtomicBoolean begun = new AtomicBoolean();
    return () -> begun.getAndSet(true) ? later : start;
  }

  @Test
  @DisplayName("With the mail server down, a visit request succeeds and its letter waits queued")
  void mailServerDown() {
    Long id = requestVisit();
    assertEquals(VisitStatus.SUBMITTED, queries.visit(id).request().getStatus());
    OutboxLetter letter = letterAbout(id);
    assertEquals(OutboxStatus.QUEUED, letter.getStatus());
    assertEquals(LEADER, letter.getRecipient());
    assertTrue(
        outbox.newestFirst(OutboxStatus.QUEUED, 0, 500).stream()
            .anyMatch(queued -> queued.getId().equals(letter.getId())),
        "the admins find it among the queued letters");
    Map<OutboxStatus, Long> counts = outbox.countByStatus();
    assertEquals(outbox.count(null), counts.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(counts.get(OutboxStatus.QUEUED), outbox.count(OutboxStatus.QUEUED));
  }

  @Test
  @DisplayName("The sender delivers a queued letter to the mail server and marks it sent")
  void delivered() throws Exception {
    try (Mailbox mailbox = new Mailbox()) {
      Long id = requestVisit();
      OutboxLetter letter = sendUntil(id, l -> l.getStatus() != OutboxStatus.QUEUED, now());
      assertEquals(OutboxStatus.SENT, letter.getStatus());
      assertEquals(1, letter.getAttempts());
      assertEquals(1, mailbox.await(LEADER, "visit.xhtml?id=" + id + "\n").size());
    }
  }

  @Test
  @DisplayName("Failed tries wait longer each time, the last gives up; an admin's retry sends it")
  void retriesWithBackoffThenFailsThenRetried() throws Exception {
    Long id = requestVisit();
    LocalDateTime firstTry = now();
    OutboxLetter letter = triedAgain(id, 0, firstTry);
    assertEquals(OutboxStatus.QUEUED, letter.getStatus());
    assertEquals(1, letter.getAttempts());
    assertEquals(SendError.UNREACHABLE, letter.getErrorKind());
    assertTrue(letter.getLastError().contains("3025"), letter.getLastError());

    LocalDateTime secondTry = letter.getNextAttemptAtUtc();
    sender.sendDue(() -> secondTry.minusSeconds(1));
    assertEquals(1, letterAbout(id).getAttempts(), "no new try before the wait is over");
    letter = triedAgain(id, 1, secondTry);
    assertEquals(2, letter.getAttempts());
    LocalDateTime thirdTry = letter.getNextAttemptAtUtc();
    assertTrue(
        Duration.between(secondTry, thirdTry).compareTo(Duration.between(firstTry, secondTry)) > 0,
        "the second wait is longer than the first");

    letter = triedAgain(id, 2, thirdTry);
    assertEquals(OutboxStatus.FAILED, letter.getStatus(), "given up after the third try");
    assertEquals(3, letter.getAttempts());

    signInAs.user("admin", true, false, null);
    assertTrue(outbox.retry(letter.getId()));
    assertFalse(outbox.retry(letter.getId()), "a queued letter is not queued again");
    letter = letterAbout(id);
    assertEquals(OutboxStatus.QUEUED, letter.getStatus());
    assertEquals(0, letter.getAttempts());
    try (Mailbox mailbox = new Mailbox()) {
      letter = sendUntil(id, l -> l.getStatus() != OutboxStatus.QUEUED, now());
      assertEquals(OutboxStatus.SENT, letter.getStatus());
      assertEquals(1, mailbox.await(LEADER, "visit.xhtml?id=" + id + "\n").size());
    }
  }

  @Test
  @DisplayName("A letter failed late in a slow round waits from its failure, not the round's start")
  void slowRoundWaitsFromTheFailure() throws Exception {
    Long id = requestVisit();
    OutboxLetter letter = triedAgain(id, 0, now());
    // Until its next try the background rounds, on the real clock, leave the letter alone.
    LocalDateTime roundStart = letter.getNextAttemptAtUtc();
    LocalDateTime failedAt = roundStart.plusMinutes(10);
    letter = sendUntil(id, l -> l.getAttempts() > 1, () -> slowRound(roundStart, failedAt));
    assertEquals(2, letter.getAttempts());

    sender.sendDue(() -> failedAt);
    letter = letterAbout(id);
    assertEquals(2, letter.getAttempts(), "no new try the moment after a failed one");
    assertEquals(OutboxStatus.QUEUED, letter.getStatus(), "its last try is still ahead");
  }

  @Test
  @DisplayName("Senders running at once (two nodes, say) send each letter once")
  void concurrentSendersSendOnce() throws Exception {
    try (Mailbox mailbox = new Mailbox()) {
      Long id = requestVisit();
      LocalDateTime now = now();
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> rounds =
          List.of(1, 2, 3).stream()
              .map(
                  i ->
                      executor.submit(
                          () -> {
                            go.await();
                            return sender.sendDue(() -> now);
                          }))
              .toList();
      go.countDown();
      for (Future<Integer> round : rounds) {
        round.get();
      }
      assertEquals(1, mailbox.await(LEADER, "visit.xhtml?id=" + id + "\n").size());
      Thread.sleep(1500); // a second copy, if any, would arrive within a sender round
      assertEquals(1, mailbox.to(LEADER, "visit.xhtml?id=" + id + "\n").size());
    }
  }

  @Test
  @DisplayName(
      "A mail server that accepts but never answers holds the sender only until the timeout")
  void silentMailServerTimesOut() throws Exception {
    try (ServerSocket silent = new ServerSocket(3025)) {
      Long id = requestVisit();
      OutboxLetter letter = triedAgain(id, 0, now());
      assertEquals(1, letter.getAttempts());
      assertEquals(SendError.TIMEOUT, letter.getErrorKind(), letter.getLastError());
    }
  }

  @Test
  @DisplayName("Only admins read the outbox or retry a letter")
  void adminsOnly() {
    signInAs.coordinator("HELSINKI");
    assertThrows(AccessDeniedException.class, () -> outbox.count(null));
    assertThrows(AccessDeniedException.class, () -> outbox.retry(1L));
  }
}
