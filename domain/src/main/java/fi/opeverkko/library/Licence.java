package fi.opeverkko.library;

import fi.opeverkko.platform.Published;

/**
 * The Creative Commons licence an item is shared under: the six licences (version 4.0) and the CC0
 * public domain dedication, each with the address of its deed.
 */
@Published
public enum Licence {
  CC_BY("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
  CC_BY_SA("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
  CC_BY_NC("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
  CC_BY_NC_SA("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
  CC_BY_ND("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
  CC_BY_NC_ND("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
  CC0("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/");

  private final String shortName;
  private final String deed;

  Licence(String shortName, String deed) {
    this.shortName = shortName;
    this.deed = deed;
  }

  /** The licence's own name, the same in every language (e.g. "CC BY-SA 4.0"). */
  public String shortName() {
    return shortName;
  }

  /** The address of the licence's deed at Creative Commons. */
  public String deed() {
    return deed;
  }
}
