package fi.opeverkko.network;

import fi.opeverkko.platform.Published;

/**
 * A language a person works in: the network trains in Finnish and Swedish, some also in English.
 */
@Published
public enum WorkLanguage {
  FI,
  SV,
  EN
}
