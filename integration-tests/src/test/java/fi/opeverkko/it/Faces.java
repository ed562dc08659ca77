package fi.opeverkko.it;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Faces form pressed as a browser presses it, for the plain HTTP clients of the cluster drill:
 * the form's fields as the page filled them in, and PrimeFaces' AJAX parameters of a button.
 */
final class Faces {

  /** How PrimeFaces marks the messages on a form: a refusal (error) and a success (info). */
  static final String REFUSAL = "ui-messages-error";

  static final String SUCCESS = "ui-messages-info";

  private static final String NONCE = "primefaces.nonce";

  /** The nonce as PrimeFaces' script learns it, else as the page's scripts carry it. */
  private static final Pattern NONCE_SCRIPT =
      Pattern.compile("PrimeFaces\\.csp\\.init\\(['\"]([^'\"]+)['\"]\\)|nonce=\"([^\"]+)\"");

  private static final Pattern FIELD =
      Pattern.compile("<input[^>]*?name=\"([^\"]+)\"[^>]*>", Pattern.DOTALL);
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
  private static final Pattern TYPE = Pattern.compile("type=\"([^\"]*)\"");
  private static final Pattern SELECT =
      Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION =
      Pattern.compile("<option[^>]*value=\"([^\"]*)\"([^>]*)>", Pattern.DOTALL);

  private Faces() {}

  /**
   * The POST of PrimeFaces' AJAX call when the button is pressed: the form's fields, the button as
   * source, the components it processes (as PrimeFaces rendered them in the button's script) and
   * the form redrawn.
   */
  static Map<String, String> ajaxFields(String html, String form, String button) {
    Map<String, String> fields = fieldsOf(html, form);
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", button);
    fields.put("jakarta.faces.partial.execute", processedBy(html, button));
    fields.put("jakarta.faces.partial.render", form);
    fields.put(button, button);
    fields.put(NONCE, nonceOf(html));
    return fields;
  }

  /**
   * PrimeFaces' script nonce, which its script puts into every form before a postback (without it
   * the postback is refused, and refused late: after the action, when the answer is drawn).
   */
  private static String nonceOf(String html) {
    Matcher nonce = NONCE_SCRIPT.matcher(html);
    if (!nonce.find()) {
      throw new IllegalStateException("no script nonce on the page");
    }
    return nonce.group(1) != null ? nonce.group(1) : nonce.group(2);
  }

  private static String processedBy(String html, String button) {
    Matcher script =
        Pattern.compile(
                "PrimeFaces\\.ab\\(\\{s:\"" + Pattern.quote(button) + "\"[^}]*?p:\"([^\"]*)\"")
            .matcher(html.replace("&quot;", "\""));
    if (!script.find()) {
      throw new IllegalStateException("no AJAX script of " + button + " on the page");
    }
    // The script lists them as PrimeFaces' search expressions do (commas); Faces reads spaces.
    return script.group(1).replace(',', ' ');
  }

  /**
   * What an answer says, for a broken promise: its status and the messages on it, or the error
   * page's message (the expired view's and the refused postback's both answer 400), or its start.
   */
  static String gist(HttpResponse<String> response) {
    String body = response.body();
    int messages = body.indexOf("ui-messages");
    if (messages < 0) {
      messages = body.indexOf("id=\"error-message\"");
    }
    int from = messages < 0 ? 0 : Math.max(0, messages - 100);
    return response.statusCode() + " " + body.substring(from, Math.min(body.length(), from + 1200));
  }

  /** The form's fields with what the page filled in (hidden, text, the selects' choices). */
  private static Map<String, String> fieldsOf(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new IllegalStateException("no form " + formId + " on the page");
    }
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
}
