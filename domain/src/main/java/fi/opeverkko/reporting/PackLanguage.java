package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;
import java.util.Locale;

/** The languages an indicator pack is written in: the board reads Finnish and Swedish. */
@Published
public enum PackLanguage {
  FI,
  SV;

  public Locale locale() {
    return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
  }
}
