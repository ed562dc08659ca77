package fi.opeverkko.courses;

import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Published;
import java.io.Serializable;

/**
 * How much of a school's teaching staff took part in central courses in a school year: the teachers
 * with a place on a course of the year that was not cancelled, counted once each in the total and
 * once per course level and per course language.
 *
 * @param staff the school's teaching staff in the year
 * @param participants the staff who took part, each once
 */
@Published
public record ParticipationRow(
    Long schoolId,
    String schoolName,
    String cityCode,
    TeachingLanguage schoolLanguage,
    long staff,
    long participants,
    long basic,
    long advanced,
    long developer,
    long finnish,
    long swedish)
    implements Serializable {

  /** The share of the staff who took part, in per cent (one decimal); 0 for a school without. */
  public double share() {
    return staff == 0 ? 0 : Math.round(participants * 1000.0 / staff) / 10.0;
  }
}
