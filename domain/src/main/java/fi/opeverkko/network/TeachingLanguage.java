package fi.opeverkko.network;

/** The language of instruction of a school: Finnish or Swedish. */
public enum TeachingLanguage {
  FI,
  SV
}
