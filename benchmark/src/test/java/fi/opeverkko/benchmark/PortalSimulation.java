package fi.opeverkko.benchmark;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The portal's key pages per role, as a browser uses them: a real sign-in through Keycloak's form,
 * real Faces pages with their view state, PrimeFaces AJAX postbacks with the CSP nonce. Beside
 * them, on the same server at the same time, the two baselines (benchmark-baseline). Users loop
 * over their pages for the run's seconds; {@link Measurements} makes the table.
 *
 * <p>Before the measured run, one user per role warms the server up (sign-in, then its pages) for
 * {@code bench.warmup} seconds, not measured: a WildFly just started runs its first minute with a
 * cold JIT, and every sign-in of the run falls in its first seconds. Gatling's own report holds the
 * warm-up's requests too; the table does not.
 *
 * <p>System properties: {@code bench.users} (virtual users per role, 8), {@code bench.seconds}
 * (each user's loop, 60), {@code bench.warmup} (20; 0 for none), {@code bench.portal}
 * (http://localhost:8080), {@code bench.table} (where the table goes, target/bench/table.md).
 */
public class PortalSimulation extends Simulation {

  static final String BARE_PAGE = "baseline: bare Faces page";
  static final String SIGN_IN = "sign-in";
  static final String KEYCLOAK_POST = "baseline: Keycloak form post";
  private static final String KEYCLOAK_BASELINE_LOGIN = "digiagent";

  private static final int USERS = Integer.getInteger("bench.users", 8);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
  private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 20);
  private static final int SIGN_IN_SPACING = 5;

  /** The nanoseconds a measured chain waited on purpose (a sign-in for its login's turn). */
  private static final String WAITED = "waitedNanos";

  /**
   * Saturated throughput instead (-Dbench.throughput=true): the bare page, then each of {@link
   * #ALONE} in turn, each alone on the server with every user looping on it at once.
   */
  private static final boolean THROUGHPUT = Boolean.getBoolean("bench.throughput");

  /** A page measured alone: its name in the tables, who opens it, its address. */
  private record AlonePage(String name, String login, String path) {}

  /**
   * The pages whose throughput alone is compared with the bare page's: the most opened, the slowest
   * in the mixed run, and the one issue 18 found slowest.
   */
  private static final List<AlonePage> ALONE =
      List.of(
          new AlonePage("principal: home", "principal", "/home.xhtml"),
          new AlonePage("team-leader: inbox", "team-leader", "/visits/inbox.xhtml"),
          new AlonePage(
              "coordinator: plans overview", "coordinator-helsinki", "/plans/city-plans.xhtml"));

  private static final String ALONE_PREFIX = "alone: ";

  private static final String PORTAL = System.getProperty("bench.portal", "http://localhost:8080");
  private static final Path TABLE =
      Path.of(System.getProperty("bench.table", "target/bench/table.md"));
  private static final String VIEW_STATE =
      "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
  private static final String NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";

  private final HttpProtocolBuilder protocol =
      http.baseUrl(PORTAL)
          .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .acceptLanguageHeader("fi")
          .userAgentHeader("opeverkko-benchmark");

  {
    ChainBuilder principal =
        chain(
            formPage("principal: home", "/home.xhtml", "libraryPanelForm"),
            deferredPanel(
                "principal: home library",
                "/home.xhtml",
                "libraryPanelForm",
                "libraryPanel",
                substring("id=\"library-recent\"")),
            page("principal: visits", "/visits/school-visits.xhtml"),
            formPage(
                "principal: request form",
                "/visits/request.xhtml",
                "requestForm",
                regex(VisitRequestForm.FIRST_TEAM).saveAs("team")),
            ajax(
                "principal: request submit",
                "/visits/request.xhtml",
                "requestForm",
                "requestForm:send",
                "@all",
                "requestForm",
                session -> VisitRequestForm.values(session.getString("team"))));
    // Each page's calendar asks for its events as soon as the browser shows the page.
    ChainBuilder teamLeader =
        chain(
            formPage("team-leader: inbox", "/visits/inbox.xhtml", "teamForm"),
            calendarEvents(
                "team-leader: inbox calendar",
                "/visits/inbox.xhtml",
                "teamForm",
                CalendarFeed.Range.WEEK),
            formPage("team-leader: schedule", "/visits/calendar.xhtml", "calendarForm"),
            calendarEvents(
                "team-leader: schedule events",
                "/visits/calendar.xhtml",
                "calendarForm",
                CalendarFeed.Range.MONTH));
    ChainBuilder tutor =
        chain(
            formPage("tutor: log", "/plans/log.xhtml", "logForm"),
            ajax(
                "tutor: log entry",
                "/plans/log.xhtml",
                "logForm",
                "logForm:save",
                "@form",
                "logForm",
                session -> Map.of("logForm:topic", "Benchmark: pari-opetus")));
    ChainBuilder coordinator =
        chain(
            formPage("coordinator: directory", "/network/city.xhtml", "schoolsForm"),
            ajax(
                "coordinator: directory search",
                "/network/city.xhtml",
                "schoolsForm",
                "schoolsForm:search",
                "schoolsForm",
                "schoolsForm:schools",
                session -> Map.of("schoolsForm:text", "koulu")),
            page("coordinator: plans overview", "/plans/city-plans.xhtml"),
            page("coordinator: city visits", "/visits/city-visits.xhtml"),
            formPage("coordinator: dashboard", "/reporting/dashboard.xhtml", "pilotPanelForm"),
            deferredPanel(
                "coordinator: dashboard pilots",
                "/reporting/dashboard.xhtml",
                "pilotPanelForm",
                "pilotPanel",
                substring("id=\"pilot-rounds\"")));
    ChainBuilder baselines =
        chain(
            timed(
                "baseline: plain servlet",
                exec(http("baseline: plain servlet").get("/baseline/plain"))),
            timed(BARE_PAGE, exec(http(BARE_PAGE).get("/baseline/bare.xhtml"))));

    PopulationBuilder[] populations;
    if (THROUGHPUT) {
      populations = new PopulationBuilder[] {oneAfterAnother()};
    } else {
      PopulationBuilder[] measured = {
        role("principal", "principal", principal),
        role("team-leader", "team-leader", teamLeader),
        role("tutor", "tutor", tutor),
        role("coordinator", "coordinator-helsinki", coordinator),
        loop(measuredFromNow("baselines"), baselines),
        loop(measuredFromNow("Keycloak baseline"), keycloakFormPost())
      };
      populations =
          WARM_UP_SECONDS > 0
              ? new PopulationBuilder[] {
                warmUp(
                        Map.of(
                            "principal", principal,
                            "team-leader", teamLeader,
                            "tutor", tutor,
                            "coordinator-helsinki", coordinator))
                    .andThen(measured)
              }
              : measured;
    }
    // A failed request fails the run (and the test command's smoke run): a page that no longer
    // answers as the simulation expects would otherwise leave only a shorter table.
    setUp(populations)
        .protocols(protocol)
        .assertions(
            global().failedRequests().count().is(0L), global().successfulRequests().count().gt(0L));
  }

  /**
   * One user signing in as each login in turn and going over its pages until its share of the
   * warm-up is over. The measured populations start after it, however it ended, and start the
   * measuring.
   */
  private static PopulationBuilder warmUp(Map<String, ChainBuilder> pagesOfLogin) {
    Duration each = Duration.ofSeconds(Math.max(1, WARM_UP_SECONDS / pagesOfLogin.size()));
    ScenarioBuilder warmUp = scenario("warm-up");
    for (Map.Entry<String, ChainBuilder> login : new TreeMap<>(pagesOfLogin).entrySet()) {
      warmUp =
          warmUp
              .exec(flushCookieJar())
              .exec(signIn(login.getKey()))
              .during(each)
              .on(login.getValue());
    }
    return warmUp.injectOpen(atOnceUsers(1));
  }

  private static Session startMeasuring(Session session) {
    Measurements.start();
    return session.markAsSucceeded();
  }

  /** The bare page alone, then each page of {@link #ALONE} alone, one after another. */
  private PopulationBuilder oneAfterAnother() {
    // Built from the last: a.andThen(b).andThen(c) would start b and c together after a.
    PopulationBuilder rest = null;
    for (int i = ALONE.size() - 1; i >= 0; i--) {
      AlonePage page = ALONE.get(i);
      PopulationBuilder alone = alone(page.name(), page.login(), page.path());
      rest = rest == null ? alone : alone.andThen(rest);
    }
    return alone(BARE_PAGE, null, "/baseline/bare.xhtml").andThen(rest);
  }

  /**
   * Every user signs in (spaced as always), waits for the others, then all loop on the page at once
   * for the run's seconds: the page's views in that time are its saturated throughput.
   */
  private static PopulationBuilder alone(String name, String login, String path) {
    String measuredAs = ALONE_PREFIX + name;
    ScenarioBuilder scenario = scenario(measuredAs);
    if (login != null) {
      scenario = scenario.exec(signIn(login)).exitHereIfFailed();
    }
    return scenario
        .rendezVous(USERS)
        .during(Duration.ofSeconds(SECONDS))
        .on(timed(measuredAs, exec(http(measuredAs).get(path).check(status().is(200)))))
        .injectOpen(atOnceUsers(USERS));
  }

  private PopulationBuilder role(String name, String login, ChainBuilder pages) {
    return loop(measuredFromNow(name).exec(signIn(login)).exitHereIfFailed(), pages);
  }

  /** A measured scenario, which starts the measuring if the warm-up left it to it. */
  private static ScenarioBuilder measuredFromNow(String name) {
    return scenario(name).exec(PortalSimulation::startMeasuring);
  }

  private PopulationBuilder loop(ScenarioBuilder scenario, ChainBuilder pages) {
    // Not cut off in the middle of a round: every page of it is measured as often.
    return scenario
        .during(Duration.ofSeconds(SECONDS), false)
        .on(pages)
        .injectOpen(rampUsers(USERS).during(Duration.ofSeconds(Math.min(10, SECONDS))));
  }

  /**
   * The portal sends the user to Keycloak, whose form sends them back signed in. The form posts of
   * one login go at least {@link #SIGN_IN_SPACING} seconds apart: Keycloak's brute-force protection
   * locks out a login that signs in twice within a second (quickLoginCheckMilliSeconds), however
   * right the password; under load a post may wait seconds before Keycloak reads it, so 3 s apart
   * still made two of them meet. The wait for the login's turn is not part of the sign-in's time.
   */
  private static ChainBuilder signIn(String login) {
    return measured(
        SIGN_IN,
        toLoginForm(login)
            .exec(
                http("sign-in: Keycloak form")
                    .post("#{loginAction}")
                    .formParam("username", login)
                    .formParam("password", "demo")
                    .formParam("credentialId", "")
                    .check(status().is(200), substring("id=\"person-name\""))));
  }

  /**
   * The portal's redirect to Keycloak's form, then the wait for the login's turn to post it (told
   * in {@link #WAITED}).
   */
  private static ChainBuilder toLoginForm(String login) {
    return exec(http("sign-in: portal")
            .get("/home.xhtml")
            .check(css("#kc-form-login", "action").saveAs("loginAction")))
        .exec(
            session ->
                session.set(
                    WAITED,
                    SignInSlots.waitFor(login, Duration.ofSeconds(SIGN_IN_SPACING)).toNanos()))
        .pause(session -> Duration.ofNanos(session.getLong(WAITED)));
  }

  /**
   * Keycloak's form post alone, the sign-in's baseline: the post's answer (Keycloak's redirect back
   * to the portal) is not followed, so neither the portal's callback nor its home page is in it. A
   * login no role uses, whose cookies go after each post so that the next round sees the form.
   */
  private static ChainBuilder keycloakFormPost() {
    return toLoginForm(KEYCLOAK_BASELINE_LOGIN)
        .exec(session -> session.remove(WAITED))
        .exec(
            timed(
                KEYCLOAK_POST,
                exec(
                    http(KEYCLOAK_POST)
                        .post("#{loginAction}")
                        .formParam("username", KEYCLOAK_BASELINE_LOGIN)
                        .formParam("password", "demo")
                        .formParam("credentialId", "")
                        .disableFollowRedirect()
                        .check(status().is(302)))))
        .exec(flushCookieJar());
  }

  private static ChainBuilder page(String name, String path) {
    return measured(
        name,
        exec(
            http(name)
                .get(path)
                .check(
                    status().is(200),
                    regex(VIEW_STATE).saveAs("viewState"),
                    regex(NONCE).saveAs("nonce"))));
  }

  /** A page with a form to post back: its fields as the browser would send them. */
  private static ChainBuilder formPage(
      String name, String path, String formId, CheckBuilder... more) {
    List<CheckBuilder> checks =
        new ArrayList<>(
            List.of(
                status().is(200),
                regex(VIEW_STATE).saveAs("viewState"),
                regex(NONCE).saveAs("nonce"),
                form("#" + formId).saveAs(formId)));
    checks.addAll(List.of(more));
    return measured(name, exec(http(name).get(path).check(checks)));
  }

  /**
   * The request that fills a deferred panel ({@code p:outputPanel deferred="true"}) once its page
   * has loaded; the answer passes the check.
   */
  private static ChainBuilder deferredPanel(
      String name, String path, String formId, String panelId, CheckBuilder check) {
    String panel = formId + ":" + panelId;
    return ajax(
        name, path, formId, panel, panel, panel, session -> Map.of(panel + "_load", "true"), check);
  }

  /** The events of the form's calendar ({@code <form>:calendar}) in the range it opens with. */
  private static ChainBuilder calendarEvents(
      String name, String path, String formId, CalendarFeed.Range range) {
    String calendar = formId + ":calendar";
    return ajax(
        name,
        path,
        formId,
        calendar,
        calendar,
        calendar,
        session -> CalendarFeed.of(calendar, range),
        substring("\"events\""));
  }

  /**
   * A PrimeFaces AJAX postback of the form, from the source component, with changed fields; its
   * answer passes the checks given besides the common ones.
   */
  private static ChainBuilder ajax(
      String name,
      String path,
      String formId,
      String source,
      String execute,
      String render,
      Function<Session, Map<String, String>> changed,
      CheckBuilder... more) {
    List<CheckBuilder> checks =
        new ArrayList<>(
            List.of(
                status().is(200),
                substring("<partial-response"),
                substring("<error>").notExists(),
                // A refused field or rule: the postback did not do what it measures.
                regex("ui-messages?-error").notExists()));
    checks.addAll(List.of(more));
    return measured(
        name,
        exec(
            http(name)
                .post(path)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParamMap(
                    session -> {
                      Map<String, Object> fields = new LinkedHashMap<>(session.getMap(formId));
                      fields.putAll(changed.apply(session));
                      fields.put("jakarta.faces.partial.ajax", "true");
                      fields.put("jakarta.faces.source", source);
                      fields.put("jakarta.faces.partial.execute", execute);
                      fields.put("jakarta.faces.partial.render", render);
                      fields.put(source, source);
                      fields.put("jakarta.faces.ViewState", session.getString("viewState"));
                      fields.put("primefaces.nonce", session.getString("nonce"));
                      return fields;
                    })
                .check(checks)));
  }

  /**
   * Times the chain from its first request to its last byte, then asks the portal how many SQL
   * statements the last request ran (when it counts them: -Dopeverkko.sql.count=true).
   */
  private static ChainBuilder measured(String page, ChainBuilder chain) {
    return timed(page, chain)
        .exec(
            http("SQL statements")
                .get("/sql-statements")
                .silent()
                .check(status().in(200, 404).saveAs("sqlStatus"), bodyString().saveAs("sqlBody")))
        .exec(session -> recordStatements(page, session))
        // A user whose page failed stops (Gatling's report counts it), rather than looping over
        // failures as fast as the server refuses them.
        .exitHereIfFailed();
  }

  /**
   * Times the chain from its first request to its last byte, less any wait it was told of in {@link
   * #WAITED} (a failed one is not counted).
   */
  private static ChainBuilder timed(String page, ChainBuilder chain) {
    return exec(session -> session.set("started", System.nanoTime()).markAsSucceeded())
        .exec(chain)
        .exec(
            session -> {
              if (!session.isFailed()) {
                long waited = session.contains(WAITED) ? session.getLong(WAITED) : 0;
                Measurements.time(
                    page, (System.nanoTime() - session.getLong("started") - waited) / 1_000_000);
              }
              return session.remove(WAITED);
            });
  }

  private static Session recordStatements(String page, Session session) {
    if (!session.isFailed()
        && session.getInt("sqlStatus") == 200
        && session.getString("sqlBody").trim().matches("\\d+")) {
      Measurements.statements(page, Integer.parseInt(session.getString("sqlBody").trim()));
    }
    return session;
  }

  private static ChainBuilder chain(ChainBuilder first, ChainBuilder... rest) {
    return first.exec(List.of(rest));
  }

  @Override
  public void before() {
    if (THROUGHPUT || WARM_UP_SECONDS <= 0) {
      Measurements.start();
    }
  }

  @Override
  public void after() {
    double seconds = Measurements.secondsMeasured();
    String table =
        THROUGHPUT
            ? Table.throughput(Measurements.figures(seconds), ALONE_PREFIX, BARE_PAGE, SECONDS)
            : Table.markdown(Measurements.figures(seconds), BARE_PAGE, SIGN_IN, KEYCLOAK_POST);
    System.out.println();
    System.out.println(table);
    try {
      Files.createDirectories(TABLE.getParent());
      Files.writeString(TABLE, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
