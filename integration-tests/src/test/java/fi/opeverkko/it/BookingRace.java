package fi.opeverkko.it;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Part of the cluster drill (ClusterDrill): fifty schedulers book one expert for the same hour at
 * once, through the visit page's Save schedule button on both nodes, twenty times. The team's
 * leader is signed in fifty times (fifty sessions, which the balancer spreads over the nodes); each
 * session opens its own accepted visit, all press Save together, and exactly one may win.
 *
 * <p>The fifty accepted visits of a round are copied in the cluster's database from one of the
 * team's requests (the drill's setup, not what it tests), each round on its own day so that the
 * rounds never meet.
 */
final class BookingRace {

  static final int BOOKERS = 50;
  static final int ROUNDS = 20;

  private static final String LEADER = "team-leader";
  private static final String VISIT_PAGE = ClusterDrill.PORTAL + "visits/visit.xhtml?id=";
  private static final String FORM = "visitForm";
  private static final String SCHEDULE = FORM + ":schedule";
  private static final String EXPERTS = FORM + ":experts";
  private static final Pattern EXPERT_CHECKBOX =
      Pattern.compile("<input[^>]*name=\"" + EXPERTS + "\"[^>]*>");
  private static final Pattern VALUE = Pattern.compile("value=\"(\\d+)\"");

  /** What the drill's own copies of a request say, so that a later drill finds them. */
  private static final String GOAL = "cluster-drill booking";

  private final String run;
  private int won;
  private int refused;
  private int errors;
  private int roundsWithOneWinner;

  BookingRace(String run) {
    this.run = run;
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
    ExecutorService pool = Executors.newFixedThreadPool(BOOKERS);
    try {
      List<PortalHttp> schedulers = signIn();
      LocalDate firstDay =
          LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
      long started = System.nanoTime();
      for (int round = 0; round < ROUNDS; round++) {
        round(pool, schedulers, template, round, firstDay.plusWeeks(round));
      }
      System.out.printf(
          "Booking race: %d rounds of %d schedulers booking one expert's hour at once over both"
              + " nodes: %d rounds with exactly one booking; %d won, %d refused, %d errors (%.1f s)%n",
          ROUNDS,
          BOOKERS,
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
      ExecutorService pool, List<PortalHttp> schedulers, long template, int round, LocalDate day) {
    String goal = GOAL + " " + run + " " + round;
    List<Long> visits = acceptedVisits(template, goal, day);
    CountDownLatch ready = new CountDownLatch(BOOKERS);
    CountDownLatch go = new CountDownLatch(1);
    String[] expert = new String[1];
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < BOOKERS; i++) {
      PortalHttp scheduler = schedulers.get(i);
      long visit = visits.get(i);
      outcomes.add(
          pool.submit(
              () -> {
                Map<String, String> fields;
                try {
                  HttpResponse<String> page = scheduler.follow(scheduler.get(VISIT_PAGE + visit));
                  fields = Faces.ajaxFields(page.body(), FORM, SCHEDULE);
                  String chosen = firstExpert(page.body());
                  synchronized (expert) {
                    expert[0] = chosen;
                  }
                  fields.put(EXPERTS, chosen);
                } finally {
                  // A scheduler whose page failed does not hold the others back.
                  ready.countDown();
                }
                go.await();
                return outcome(scheduler.follow(scheduler.ajax(VISIT_PAGE + visit, fields)));
              }));
    }
    await(ready);
    go.countDown();
    List<String> results = outcomes.stream().map(BookingRace::outcomeOf).toList();
    int roundWon = (int) results.stream().filter("won"::equals).count();
    won += roundWon;
    refused += (int) results.stream().filter("refused"::equals).count();
    errors += (int) results.stream().filter(r -> r.startsWith("error")).count();
    int booked =
        expert[0] == null
            ? 0
            : Integer.parseInt(
                ClusterShell.psql(
                    "SELECT COUNT(*) FROM expert_booking b JOIN visit_request r ON r.id = b.request_id"
                        + " WHERE b.expert_id = "
                        + Long.parseLong(expert[0])
                        + " AND r.goal = '"
                        + goal
                        + "'"));
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
  }

  /**
   * Fifty accepted visits of the template's team on the day at 13:00 (the hour the visit page
   * proposes), one hour each: copies of the template with ids of one block of the sequence, which
   * allocates fifty at a time, so that the portal never hands out the same ids.
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

  /** The first expert the page offers (the same for every visit of the team). */
  private static String firstExpert(String html) {
    Matcher checkbox = EXPERT_CHECKBOX.matcher(html);
    if (!checkbox.find()) {
      throw new IllegalStateException("no expert to choose on the visit page");
    }
    Matcher value = VALUE.matcher(checkbox.group());
    if (!value.find()) {
      throw new IllegalStateException("the expert's checkbox has no value");
    }
    return value.group(1);
  }

  /**
   * What the scheduler sees: the visit scheduled (the form redrawn with the success message), or
   * refused with a reason on the form (the expert is booked); anything else is an error.
   */
  private static String outcome(HttpResponse<String> response) {
    String body = response.body();
    if (response.statusCode() != 200
        || !body.contains("<partial-response")
        || body.contains("<error>")) {
      return "error "
          + response.statusCode()
          + " "
          + body.substring(0, Math.min(300, body.length()));
    }
    if (body.contains(Faces.REFUSAL)) {
      return "refused";
    }
    return body.contains(Faces.SUCCESS) ? "won" : "error: neither booked nor refused";
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
