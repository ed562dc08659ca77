package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import java.util.Arrays;

/**
 * The city's three levels of digital competence and the division's targets for them (seeds 000,
 * 004): the whole teaching staff at the first level, 90 % at the second, 20 % at the third.
 */
@Published
public enum Level {
  /** 1: basic skills in the educational use of information technology. */
  BASIC(1, 100),
  /** 2: advanced skills in the educational use of information technology. */
  ADVANCED(2, 90),
  /** 3: developer and educator skills in the educational use of information technology. */
  DEVELOPER(3, 20);

  private final int number;
  private final int targetPercent;

  Level(int number, int targetPercent) {
    this.number = number;
    this.targetPercent = targetPercent;
  }

  /** The level's number, 1–3, as people name it and the database keeps it. */
  public int number() {
    return number;
  }

  /** The share of the teaching staff the division wants at this level or above, in percent. */
  public int targetPercent() {
    return targetPercent;
  }

  /** Whether this level requires the badges of {@code other} (its own and every lower level's). */
  public boolean includes(Level other) {
    return other.number <= number;
  }

  public static Level ofNumber(int number) {
    return Arrays.stream(values())
        .filter(level -> level.number == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No competence level " + number));
  }
}
