package fi.opeverkko.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Today's date in the network's time zone; one place to ask, so rules about dates can be tested.
 */
@ApplicationScoped
public class Clock {

  public static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Helsinki");

  public LocalDate today() {
    return LocalDate.now(NETWORK_ZONE);
  }

  /** The wall-clock time in the network's own time zone, for what people read back. */
  public LocalDateTime now() {
    return LocalDateTime.now(NETWORK_ZONE);
  }

  /** The wall-clock time in UTC, as the outbox keeps its times. */
  public LocalDateTime nowUtc() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  public SchoolYear currentSchoolYear() {
    return SchoolYear.containing(today());
  }

  /** The school years coordinators work on: the current one and the next, being prepared. */
  public List<SchoolYear> workableSchoolYears() {
    SchoolYear current = currentSchoolYear();
    return List.of(current, current.next());
  }

  /** The school year starting in the given year if it is workable, otherwise the current one. */
  public SchoolYear workableOrCurrent(Integer startYear) {
    return workableSchoolYears().stream()
        .filter(year -> startYear != null && year.startYear() == startYear)
        .findFirst()
        .orElseGet(this::currentSchoolYear);
  }
}
