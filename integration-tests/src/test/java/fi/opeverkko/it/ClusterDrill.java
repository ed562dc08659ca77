package fi.opeverkko.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster's failover drill ({@code bin/portal cluster test}, README "Two nodes"), run against a
 * running {@code bin/portal cluster} through its balancer, as a user's browser would: the tutor
 * signs in, opens the activity log's form (a view-scoped bean, its Faces view in the session) and
 * saves entries while the node serving them stops.
 *
 * <ol>
 *   <li>Graceful: the form is opened on one node, that node is stopped (SIGTERM), and the form's
 *       POST completes on the other node in the same session; the entry is saved once.
 *   <li>Crash: entries are saved one after the other while the serving node is killed (SIGKILL).
 *       Every save the portal acknowledged is in the database; one under way when the node died is
 *       either saved or refused (the balancer's 502, never sent again), never saved twice.
 * </ol>
 *
 * Prints the figures and exits non-zero when a promise is broken. A main class, not a JUnit test:
 * it needs the cluster, which the integration-test build does not start.
 */
public final class ClusterDrill {

  private static final String PORTAL = "http://localhost:8000/";
  private static final String LOG_PAGE = PORTAL + "plans/log.xhtml";
  private static final String FORM = "logForm";

  /** How PrimeFaces marks a refusal on the page (p:messages of severity error). */
  private static final String REFUSAL = "ui-messages-error";

  private static final Pattern FIELD =
      Pattern.compile("<input[^>]*?name=\"([^\"]+)\"[^>]*>", Pattern.DOTALL);
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
  private static final Pattern TYPE = Pattern.compile("type=\"([^\"]*)\"");
  private static final Pattern SELECT =
      Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION =
      Pattern.compile("<option[^>]*value=\"([^\"]*)\"([^>]*)>", Pattern.DOTALL);

  private final Path repo;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> broken = new ArrayList<>();

  private ClusterDrill(Path repo) {
    this.repo = repo;
  }

  public static void main(String[] args) {
    ClusterDrill drill = new ClusterDrill(Path.of(args.length > 0 ? args[0] : "."));
    drill.gracefulStop();
    drill.crash();
    if (!drill.broken.isEmpty()) {
      drill.broken.forEach(line -> System.out.println("BROKEN: " + line));
      System.exit(1);
    }
    System.out.println("Cluster drill passed.");
  }

  private void gracefulStop() {
    PortalHttp tutor = signedIn();
    HttpResponse<String> form = tutor.follow(tutor.get(LOG_PAGE));
    String first = node(form);
    String topic = "cluster-drill " + run + " graceful";
    long stopping = System.nanoTime();
    control("stop-node", first);
    double stopSeconds = seconds(stopping);
    long posting = System.nanoTime();
    HttpResponse<String> saved = save(tutor, form, topic);
    double postSeconds = seconds(posting);
    String second = node(saved);
    System.out.printf(
        "Graceful stop: the form opened on %s; %s stopped in %.1f s; the POST answered by %s in %.2f s,"
            + " %s, %d saved%n",
        first,
        first,
        stopSeconds,
        second,
        postSeconds,
        acknowledged(saved) ? "same session, acknowledged" : "NOT acknowledged",
        rows(topic));
    expect(!second.equals(first), "the POST after the stop went to the stopped node " + second);
    expect(acknowledged(saved), "the POST after a graceful stop was not acknowledged");
    expect(rows(topic) == 1, "the entry of the graceful stop is saved " + rows(topic) + " times");
    control("start-node", first);
  }

  private void crash() {
    PortalHttp tutor = signedIn();
    String victim = node(tutor.follow(tutor.get(LOG_PAGE)));
    String last = victim;
    Map<String, Boolean> outcomes = new LinkedHashMap<>();
    Thread killer = null;
    long killedAt = 0;
    double failover = -1;
    for (int i = 0; i < 40; i++) {
      String topic = "cluster-drill " + run + " crash " + i;
      boolean ok;
      try {
        HttpResponse<String> form = tutor.follow(tutor.get(LOG_PAGE));
        HttpResponse<String> saved = save(tutor, form, topic);
        ok = acknowledged(saved);
        last = node(saved);
      } catch (RuntimeException refused) {
        ok = false;
      }
      outcomes.put(topic, ok);
      if (i == 5) {
        // Killed while the next saves are under way, not between two of them.
        killer = new Thread(() -> control("stop-node", victim, "--kill"));
        killer.start();
        killedAt = System.nanoTime();
      }
      if (killer != null && ok && failover < 0 && !killer.isAlive()) {
        failover = seconds(killedAt);
      }
    }
    join(killer);
    long acknowledged = outcomes.values().stream().filter(ok -> ok).count();
    int lost = 0;
    int twice = 0;
    int refusedButSaved = 0;
    for (Map.Entry<String, Boolean> outcome : outcomes.entrySet()) {
      int rows = rows(outcome.getKey());
      if (outcome.getValue() && rows == 0) {
        lost++;
      }
      if (rows > 1) {
        twice++;
      }
      if (!outcome.getValue() && rows == 1) {
        refusedButSaved++;
      }
    }
    System.out.printf(
        "kill -9 of %s: %d saves, %d acknowledged, %d refused (%d of those saved all the same),"
            + " %d acknowledged lost, %d saved twice; the first acknowledged save %.1f s after the kill,"
            + " on %s%n",
        victim,
        outcomes.size(),
        acknowledged,
        outcomes.size() - acknowledged,
        refusedButSaved,
        lost,
        twice,
        failover,
        last);
    expect(lost == 0, lost + " acknowledged saves lost");
    expect(twice == 0, twice + " saves stored twice");
    expect(acknowledged >= outcomes.size() - 3, "more than three saves refused around the crash");
    System.out.println(victim + " stays down: 'bin/portal cluster start-node " + victim + "'");
  }

  private PortalHttp signedIn() {
    PortalHttp tutor = new PortalHttp(PORTAL);
    HttpResponse<String> home = tutor.signIn("tutor");
    if (!PortalHttp.isSignedInPage(home)) {
      throw new IllegalStateException("the tutor's sign-in through the balancer failed");
    }
    return tutor;
  }

  /** The form's POST as the browser sends it when Save is pressed without script (no AJAX). */
  private static HttpResponse<String> save(
      PortalHttp http, HttpResponse<String> page, String topic) {
    Map<String, String> fields = fieldsOf(page.body());
    fields.put(FORM + ":topic", topic);
    fields.put(FORM + ":save", FORM + ":save");
    return http.follow(http.post(LOG_PAGE, fields));
  }

  /**
   * The portal answered the save with the signed-in user's page and no refusal on it. The database,
   * not this, says whether it was saved.
   */
  private static boolean acknowledged(HttpResponse<String> response) {
    return PortalHttp.isSignedInPage(response) && !response.body().contains(REFUSAL);
  }

  /** The log form's fields with what the page filled in (hidden, text, the selects' choices). */
  private static Map<String, String> fieldsOf(String html) {
    int start = html.indexOf("<form id=\"" + FORM + "\"");
    String form = html.substring(start, html.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = FIELD.matcher(form);
    while (input.find()) {
      Matcher type = TYPE.matcher(input.group());
      if (type.find() && List.of("submit", "button", "checkbox", "radio").contains(type.group(1))) {
        continue;
      }
      Matcher value = VALUE.matcher(input.group());
      fields.put(input.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      Matcher option = OPTION.matcher(select.group(2));
      String chosen = null;
      while (option.find()) {
        if (chosen == null || option.group(2).contains("selected")) {
          chosen = option.group(1);
        }
      }
      fields.put(select.group(1), chosen == null ? "" : chosen);
    }
    return fields;
  }

  /** The node that answered, as the balancer names it (X-Served-By). */
  private static String node(HttpResponse<String> response) {
    return response.headers().firstValue("X-Served-By").orElse("?");
  }

  /** How many entries of the topic the database holds (PostgreSQL of the cluster, psql). */
  private int rows(String topic) {
    String count =
        run(
            List.of(
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                "5434",
                "-U",
                "opeverkko",
                "-d",
                "opeverkko",
                "-tAc",
                "SELECT COUNT(*) FROM activity_log_entry WHERE topic = '"
                    + topic.replace("'", "''")
                    + "'"));
    return Integer.parseInt(count.trim());
  }

  private void control(String... command) {
    List<String> line = new ArrayList<>(List.of(repo.resolve("bin/portal").toString(), "cluster"));
    line.addAll(List.of(command));
    System.out.print(run(line));
  }

  private String run(List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void expect(boolean promise, String brokenPromise) {
    if (!promise) {
      broken.add(brokenPromise);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void join(Thread thread) {
    if (thread == null) {
      return;
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
