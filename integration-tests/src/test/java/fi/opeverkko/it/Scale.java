package fi.opeverkko.it;

/**
 * How much data the scale tests load: all of it by default, a share of it where the build asks for
 * less ({@code opeverkko.test.scale} in the server's JVM, e.g. 0.1). The PostgreSQL run asks for a
 * tenth: there the tests check that the same queries run and read right on the other database; the
 * figures at full size come from the H2 run.
 */
final class Scale {

  private static final double SHARE =
      Double.parseDouble(System.getProperty("opeverkko.test.scale", "1"));

  private Scale() {}

  /** This many at full size, or the asked share of it (at least one). */
  static int of(int fullSize) {
    return Math.max(1, (int) Math.round(fullSize * SHARE));
  }
}
