package fi.opeverkko.network;

/**
 * A language a person works in: the network trains in Finnish and Swedish, some also in English.
 */
public enum WorkLanguage {
  FI,
  SV,
  EN
}
