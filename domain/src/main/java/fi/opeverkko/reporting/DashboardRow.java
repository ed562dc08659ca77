package fi.opeverkko.reporting;

import fi.opeverkko.competence.Level;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;

/**
 * The target indicators of one group of schools (a city, type, language, school, or the network) in
 * a school year.
 *
 * @param key what identifies the group: a city code, a type or language name, a school id; empty
 *     for the network
 * @param name the group's name where it has one (a city, a school), else null
 * @param staff the teaching staff of the school year
 * @param atLevel1 how many of the staff have level 1 or higher confirmed (and so on)
 * @param grants the badges granted in the school year that still stand
 * @param visits the visits delivered in the school year
 * @param feedbackGiven how many feedbacks were given on them
 * @param ratingSum the sum of their ratings, 1–5
 * @param plansApproved the tutor plans of the school year approved
 * @param minutesLogged the minutes of activity logged in the school year
 * @param coursePlaces the places the staff took on central courses starting in the school year
 * @param coursesCompleted how many of those places were completed
 */
@Published
public record DashboardRow(
    String key,
    LocalizedName name,
    long staff,
    long atLevel1,
    long atLevel2,
    long atLevel3,
    long grants,
    long visits,
    long feedbackGiven,
    long ratingSum,
    long plansApproved,
    long minutesLogged,
    long coursePlaces,
    long coursesCompleted)
    implements Serializable {

  public long atLevel(Level level) {
    return switch (level) {
      case BASIC -> atLevel1;
      case ADVANCED -> atLevel2;
      case DEVELOPER -> atLevel3;
    };
  }

  /** The share of the staff at the level or above, in percent; 0 without staff. */
  public double percent(Level level) {
    return staff == 0 ? 0 : 100.0 * atLevel(level) / staff;
  }

  public boolean meetsTarget(Level level) {
    return staff > 0 && percent(level) >= level.targetPercent();
  }

  /** The visits' feedback average, 1–5, or null when none was given. */
  public Double feedbackAverage() {
    return feedbackGiven == 0 ? null : (double) ratingSum / feedbackGiven;
  }

  public double hoursLogged() {
    return minutesLogged / 60.0;
  }
}
