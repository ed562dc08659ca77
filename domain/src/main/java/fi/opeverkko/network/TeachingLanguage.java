package fi.opeverkko.network;

import fi.opeverkko.platform.Published;

/** The language of instruction of a school: Finnish or Swedish. */
@Published
public enum TeachingLanguage {
  FI,
  SV
}
