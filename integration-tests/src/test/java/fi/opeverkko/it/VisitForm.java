package fi.opeverkko.it;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scheduler of the booking race (BookingRace): their visit's page, whose schedule form they
 * press again and again, a day at a time, as the team's leader would in their browser.
 */
final class VisitForm {

  static final String WON = "won";
  static final String REFUSED = "refused";

  private static final String PAGE = ClusterDrill.PORTAL + "visits/visit.xhtml?id=";
  private static final String FORM = "visitForm";
  private static final String SCHEDULE = FORM + ":schedule";
  private static final String EXPERTS = FORM + ":experts";
  private static final String DAY = FORM + ":day_input";
  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  /** The day as the date field shows and reads it (the page's own value is checked against it). */
  private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d.M.yyyy");

  private static final Pattern EXPERT_CHECKBOX =
      Pattern.compile("<input[^>]*name=\"" + EXPERTS + "\"[^>]*>");
  private static final Pattern NUMBER_VALUE = Pattern.compile("value=\"(\\d+)\"");
  private static final Pattern NEW_VIEW_STATE =
      Pattern.compile(
          "<update id=\"[^\"]*" + VIEW_STATE + "[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

  private final PortalHttp session;
  private final long visit;
  private final Map<String, String> fields;
  private final String expert;
  private final String node;

  private VisitForm(
      PortalHttp session, long visit, Map<String, String> fields, String expert, String node) {
    this.session = session;
    this.visit = visit;
    this.fields = fields;
    this.expert = expert;
    this.node = node;
  }

  /** The visit's page opened in the session, its first expert chosen. */
  static VisitForm open(PortalHttp session, long visit) {
    HttpResponse<String> page = session.follow(session.get(PAGE + visit));
    Map<String, String> fields = Faces.ajaxFields(page.body(), FORM, SCHEDULE);
    try {
      DAY_FORMAT.parse(fields.getOrDefault(DAY, ""));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("visit " + visit + "'s day field reads otherwise: " + e);
    }
    String expert = firstExpert(page.body());
    fields.put(EXPERTS, expert);
    return new VisitForm(
        session, visit, fields, expert, page.headers().firstValue("X-Served-By").orElse("?"));
  }

  /**
   * Save schedule pressed for the day at the proposed hour: what the scheduler sees, the visit
   * scheduled (the success message), refused with a reason (the expert is booked), or an error.
   */
  String schedule(LocalDate day) {
    fields.put(DAY, DAY_FORMAT.format(day));
    HttpResponse<String> answer = session.follow(session.ajax(PAGE + visit, fields));
    Matcher state = NEW_VIEW_STATE.matcher(answer.body());
    if (state.find()) {
      fields.put(VIEW_STATE, state.group(1));
    }
    String body = answer.body();
    if (answer.statusCode() != 200
        || !body.contains("<partial-response")
        || body.contains("<error>")) {
      return "error " + Faces.gist(answer);
    }
    if (body.contains(Faces.REFUSAL)) {
      return REFUSED;
    }
    return body.contains(Faces.SUCCESS) ? WON : "error: neither booked nor refused";
  }

  PortalHttp session() {
    return session;
  }

  String expert() {
    return expert;
  }

  String node() {
    return node;
  }

  /** The first expert the page offers (the same for every visit of the team). */
  private static String firstExpert(String html) {
    Matcher checkbox = EXPERT_CHECKBOX.matcher(html);
    if (!checkbox.find()) {
      throw new IllegalStateException("no expert to choose on the visit page");
    }
    Matcher value = NUMBER_VALUE.matcher(checkbox.group());
    if (!value.find()) {
      throw new IllegalStateException("the expert's checkbox has no value");
    }
    return value.group(1);
  }
}
