package fi.opeverkko.api.courses;

import fi.opeverkko.api.Names;
import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.CourseRow;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.network.TeachingLanguage;
import java.time.LocalDate;
import java.util.Set;

/**
 * A course of the central catalogue.
 *
 * @param id the course's id
 * @param name its name in fi, sv and en
 * @param language its teaching language
 * @param level the competence level it trains, or {@code null}
 * @param organiser the organising team's name; {@code null} for the central unit
 * @param firstDay its first day
 * @param lastDay its last day
 * @param formats the kinds of its sessions
 * @param signUpCloses the last day to sign up
 * @param approvalNeeded whether the principal approves a sign-up
 * @param priceCents its price in euro cents, {@code null} when free
 * @param capacity its places
 * @param free places not yet given
 * @param waiting the length of its waitlist
 */
public record CourseJson(
    long id,
    Names name,
    TeachingLanguage language,
    Level level,
    Names organiser,
    LocalDate firstDay,
    LocalDate lastDay,
    Set<SessionKind> formats,
    LocalDate signUpCloses,
    boolean approvalNeeded,
    Integer priceCents,
    int capacity,
    long free,
    long waiting) {

  static CourseJson of(CourseRow course) {
    return new CourseJson(
        course.id(),
        Names.of(course.name()),
        course.language(),
        course.level(),
        Names.of(course.organiser()),
        course.firstDay(),
        course.lastDay(),
        course.formats(),
        course.signUpCloses(),
        course.approvalNeeded(),
        course.priceCents(),
        course.capacity(),
        course.free(),
        course.waiting());
  }
}
