package fi.opeverkko.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date in the network's time zone; one place to ask, so rules about dates can be tested.
 */
@ApplicationScoped
public class Clock {

  public static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Helsinki");

  public LocalDate today() {
    return LocalDate.now(NETWORK_ZONE);
  }

  public SchoolYear currentSchoolYear() {
    return SchoolYear.containing(today());
  }
}
