package fi.opeverkko.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's language, Finnish, Swedish or English. Chosen from the header, remembered in a cookie
 * for a year; before any choice, the browser's preference decides, Finnish by default.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String COOKIE = "opeverkko-lang";
  private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;
  private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
  private static final Locale DEFAULT = Locale.forLanguageTag("fi");

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = initialLocale(FacesContext.getCurrentInstance().getExternalContext());
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /**
   * The calendars' locale (PrimeFaces' form, language_COUNTRY): in English British conventions, the
   * week from Monday, the day before the month and the 24-hour clock, as the portal's own English
   * dates and times; in American English the calendars read "Sun 11/29" and "1:00pm".
   */
  public String getCalendarLocale() {
    return "en".equals(getLanguage()) ? "en_GB" : getLanguage();
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  /**
   * Switches the language and reloads the page the user is on, with its query (the form posts to
   * the request URI, see the layout), as post-redirect-get.
   */
  public void switchTo(String language) throws IOException {
    if (!LANGUAGES.contains(language)) {
      return;
    }
    locale = Locale.forLanguageTag(language);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.addResponseCookie(
        COOKIE,
        language,
        Map.of(
            "maxAge",
            ONE_YEAR_SECONDS,
            "path",
            external.getRequestContextPath() + "/",
            "httpOnly",
            true,
            "secure",
            external.isSecure(),
            "SameSite",
            "Lax"));
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String query = request.getQueryString();
    external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
  }

  private static Locale initialLocale(ExternalContext external) {
    if (external.getRequestCookieMap().get(COOKIE) instanceof Cookie cookie
        && LANGUAGES.contains(cookie.getValue())) {
      return Locale.forLanguageTag(cookie.getValue());
    }
    // Without the header the servlet container offers its own default locale (English on most
    // servers) as the user's preference; the user stated none, so Finnish it is.
    if (!external.getRequestHeaderMap().containsKey("Accept-Language")) {
      return DEFAULT;
    }
    for (Iterator<Locale> preferred = external.getRequestLocales(); preferred.hasNext(); ) {
      String language = preferred.next().getLanguage();
      if (LANGUAGES.contains(language)) {
        return Locale.forLanguageTag(language);
      }
    }
    return DEFAULT;
  }
}
