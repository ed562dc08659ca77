package fi.opeverkko.it;

import fi.opeverkko.platform.Clock;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Part of the cluster drill (ClusterDrill): fifty schedulers book one expert for the same hour at
 * once, through the visit page's Save schedule button on both nodes, twenty rounds for one hour
 * three weeks ahead (each round's booking taken back before the next). The team's leader is signed
 * in fifty times (fifty sessions, which the balancer spreads over the nodes); each session keeps
 * its own accepted visit's page open and presses Save for the round's day together with the others;
 * exactly one may win, in the pages and in the database.
 *
 * <p>The accepted visits are copied in the cluster's database from one of the team's requests (the
 * drill's setup, not what it tests).
 */
final class BookingRace {

  static final int BOOKERS = 50;
  static final int ROUNDS = 20;

  private static final String LEADER = "team-leader";

  /** What the drill's own copies of a request say, so that a later drill finds them. */
  private static final String GOAL = "cluster-drill booking";

  private final String goal;
  private int won;
  private int refused;
  private int errors;
  private int roundsWithOneWinner;

  BookingRace(String run) {
    this.goal = GOAL + " " + run;
  }

  /** Runs the rounds; true when every round had exactly one booking, in the pages and the base. */
  boolean race() {
    // The expert's bookings of an earlier drill on the same days would refuse every scheduler.
    ClusterShell.psql(
        "DELETE FROM expert_booking WHERE request_id IN"
            + " (SELECT id FROM visit_request WHERE goal LIKE '"
            + GOAL
            + "%')");
    long template =
        Long.parseLong(
            ClusterShell.psql(
                "SELECT r.id FROM visit_request r JOIN expert_team t ON t.id = r.team_id"
                    + " JOIN person p ON p.id = t.leader_id WHERE p.login_name = '"
                    + LEADER
                    + "' ORDER BY r.id LIMIT 1"));
    LocalDate firstDay =
        LocalDate.now(Clock.NETWORK_ZONE)
            .plusWeeks(3)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    // Each scheduler keeps their visit's page from round to round, as a leader trying again would;
    // the round's winner opens a fresh visit for the next.
    Deque<Long> visits = new ArrayDeque<>(acceptedVisits(template, goal, firstDay));
    visits.addAll(acceptedVisits(template, goal, firstDay));
    ExecutorService pool = Executors.newFixedThreadPool(BOOKERS);
    try {
      List<PortalHttp> sessions = signIn();
      List<Future<VisitForm>> opening = new ArrayList<>();
      for (PortalHttp session : sessions) {
        long visit = visits.pop();
        opening.add(pool.submit(() -> VisitForm.open(session, visit)));
      }
      List<VisitForm> forms = new ArrayList<>(opening.stream().map(BookingRace::get).toList());
      long started = System.nanoTime();
      for (int round = 0; round < ROUNDS; round++) {
        round(pool, forms, visits, round, firstDay);
      }
      System.out.printf(
          "Booking race: %d rounds of %d schedulers booking one expert's hour at once over both"
              + " nodes (%s): %d rounds with exactly one booking; %d won, %d refused, %d errors"
              + " (%.1f s)%n",
          ROUNDS,
          BOOKERS,
          forms.stream()
              .collect(Collectors.groupingBy(VisitForm::node, TreeMap::new, Collectors.counting())),
          roundsWithOneWinner,
          won,
          refused,
          errors,
          (System.nanoTime() - started) / 1e9);
      return roundsWithOneWinner == ROUNDS && errors == 0;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The leader signs in once with the password; the other sessions sign in through Keycloak's
   * single sign-on, as a second tab of the same browser would (fifty password logins in a second
   * would trip Keycloak's brute-force protection, and rightly).
   */
  private static List<PortalHttp> signIn() {
    PortalHttp first = new PortalHttp(ClusterDrill.PORTAL);
    List<PortalHttp> schedulers = new ArrayList<>(List.of(first));
    requireSignedIn(first.signIn(LEADER));
    while (schedulers.size() < BOOKERS) {
      PortalHttp next = new PortalHttp(ClusterDrill.PORTAL);
      next.shareSignOn(first);
      requireSignedIn(next.follow(next.get(ClusterDrill.PORTAL)));
      schedulers.add(next);
    }
    return schedulers;
  }

  private static void requireSignedIn(HttpResponse<String> page) {
    if (!PortalHttp.isSignedInPage(page)) {
      throw new IllegalStateException(LEADER + "'s sign-in through the balancer failed");
    }
  }

  private void round(
      ExecutorService pool, List<VisitForm> forms, Deque<Long> spare, int round, LocalDate day) {
    CountDownLatch ready = new CountDownLatch(BOOKERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (VisitForm form : forms) {
      outcomes.add(
          pool.submit(
              () -> {
                ready.countDown();
                go.await();
                return form.schedule(day);
              }));
    }
    await(ready);
    go.countDown();
    List<String> results = outcomes.stream().map(BookingRace::outcomeOf).toList();
    int roundWon = (int) results.stream().filter(VisitForm.WON::equals).count();
    won += roundWon;
    refused += (int) results.stream().filter(VisitForm.REFUSED::equals).count();
    errors += (int) results.stream().filter(r -> r.startsWith("error")).count();
    String expert = forms.get(0).expert();
    int booked =
        Integer.parseInt(
            ClusterShell.psql(
                "SELECT COUNT(*) FROM expert_booking b JOIN visit_request r ON r.id = b.request_id"
                    + " WHERE b.expert_id = "
                    + Long.parseLong(expert)
                    + " AND r.goal = '"
                    + goal
                    + "' AND CAST(b.starts_at AS DATE) = DATE '"
                    + day
                    + "'"));
    // The next round races for the same hour again: the winner's booking is taken back, so the
    // race stays within the school year, where the expert has the team's hours, whatever the date.
    ClusterShell.psql(
        "DELETE FROM expert_booking WHERE request_id IN"
            + " (SELECT id FROM visit_request WHERE goal = '"
            + goal
            + "')");
    if (roundWon == 1 && booked == 1) {
      roundsWithOneWinner++;
    } else {
      System.out.printf(
          "Booking round %d on %s: %d won, %d bookings in the database; %s%n",
          round,
          day,
          roundWon,
          booked,
          results.stream().filter(r -> r.startsWith("error")).findFirst().orElse("no errors"));
    }
    for (int i = 0; i < forms.size(); i++) {
      if (VisitForm.WON.equals(results.get(i))) {
        forms.set(i, VisitForm.open(forms.get(i).session(), spare.pop()));
      }
    }
  }

  /**
   * Fifty accepted visits of the template's team on the day at 13:00 (the hour the visit page
   * proposes; the race keeps it and changes the day), one hour each: copies of the template with
   * ids of one block of the sequence, which allocates fifty at a time, so that the portal never
   * hands out the same ids.
   */
  private static List<Long> acceptedVisits(long template, String goal, LocalDate day) {
    Map<String, String> changed =
        Map.of(
            "id", "block.last - 49 + g",
            "status", "'ACCEPTED'",
            "starts_at", "NULL",
            "ends_at", "NULL",
            "place", "NULL",
            "preferred_from", "DATE '" + day + "'",
            "preferred_until", "DATE '" + day + "'",
            "duration_minutes", "60",
            "goal", "'" + goal + "'",
            "version", "0");
    List<String> columns =
        Arrays.asList(
            ClusterShell.psql(
                    "SELECT string_agg(column_name, ',' ORDER BY ordinal_position)"
                        + " FROM information_schema.columns WHERE table_name = 'visit_request'")
                .split(","));
    String values =
        columns.stream()
            .map(column -> changed.getOrDefault(column, "r." + column))
            .collect(Collectors.joining(", "));
    String ids =
        ClusterShell.psql(
            "WITH block AS (SELECT nextval('visit_request_seq') AS last)"
                + " INSERT INTO visit_request ("
                + String.join(", ", columns)
                + ") SELECT "
                + values
                + " FROM visit_request r, block, generate_series(0, "
                + (BOOKERS - 1)
                + ") g WHERE r.id = "
                + template
                + " RETURNING id");
    return Arrays.stream(ids.split("\\s+")).map(Long::valueOf).sorted().toList();
  }

  private static String outcomeOf(Future<String> outcome) {
    try {
      return outcome.get();
    } catch (Exception e) {
      return "error " + e;
    }
  }

  private static <T> T get(Future<T> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
