package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;

/** Small text helpers of the competence entities. */
final class Blanks {

  private Blanks() {}

  /** The name with the blanks around each language's name taken away. */
  static LocalizedName stripped(LocalizedName name) {
    return new LocalizedName(name.fi().strip(), name.sv().strip(), name.en().strip());
  }

  /** A text as kept: stripped, and null when nothing but blanks was written. */
  static String toNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
