package fi.opeverkko.platform;

import java.util.Locale;

/** The portal's three languages and how a text kept in all of them is read in one. */
public final class Languages {

  private Languages() {}

  /** The text of the locale's language; Finnish for any language the portal does not speak. */
  public static String pick(Locale locale, String fi, String sv, String en) {
    return switch (locale.getLanguage()) {
      case "sv" -> sv;
      case "en" -> en;
      default -> fi;
    };
  }
}
