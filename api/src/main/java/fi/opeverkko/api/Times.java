package fi.opeverkko.api;

import fi.opeverkko.platform.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** The portal keeps times in the network's zone; the API says them with their offset. */
public final class Times {

  private Times() {}

  public static OffsetDateTime zoned(LocalDateTime networkTime) {
    return networkTime == null ? null : networkTime.atZone(Clock.NETWORK_ZONE).toOffsetDateTime();
  }
}
