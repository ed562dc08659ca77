package fi.opeverkko.it;

import java.util.function.Supplier;

/** How long a page's service calls take, for the scale tests' figures. */
final class Timing {

  private Timing() {}

  /** Milliseconds of a second call: the first call of a kind also prepares its queries. */
  static long millis(Supplier<?> work) {
    work.get();
    long started = System.nanoTime();
    work.get();
    return (System.nanoTime() - started) / 1_000_000;
  }
}
