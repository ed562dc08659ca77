package fi.opeverkko.it;

import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.IndicatorPacks;
import fi.opeverkko.reporting.PackRow;
import java.util.List;

/** Waits in the container for a scope's packs of a year to leave the background builder. */
final class PackWait {

  private static final long PATIENCE_MILLIS = 180_000;
  private static final long PAUSE_MILLIS = 200;

  private PackWait() {}

  /** The scope's packs of the year once none is under way; fails after three minutes. */
  static List<PackRow> done(IndicatorPacks packs, String cityCode, SchoolYear year) {
    long giveUp = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (true) {
      List<PackRow> ofYear =
          packs.packs(cityCode).stream().filter(pack -> pack.year().equals(year)).toList();
      if (!ofYear.isEmpty() && ofYear.stream().noneMatch(pack -> pack.state().underWay())) {
        return ofYear;
      }
      if (System.currentTimeMillis() > giveUp) {
        throw new AssertionError("the packs are still under way: " + ofYear);
      }
      try {
        Thread.sleep(PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for the packs", e);
      }
    }
  }
}
