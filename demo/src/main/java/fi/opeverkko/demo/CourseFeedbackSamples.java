package fi.opeverkko.demo;

import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.Course;
import fi.opeverkko.courses.CourseDetails;
import fi.opeverkko.courses.CourseReplay;
import fi.opeverkko.courses.SessionDetails;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.feedback.FeedbackReplay;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Past courses with their participants' feedback, written through {@link CourseReplay}: the
 * Learning environments team's course of last month averages under 3.5, so its feedback discussion
 * is open for the team leader (the demo teacher took part and may still answer); a STEAM course of
 * the spring was liked; a central unit's course of last autumn fell under 3.5 too, and the admins
 * held and closed its discussion.
 */
final class CourseFeedbackSamples {

  private static final String HOUSE = "Opettajien talo, Sturenkatu 2, Helsinki";

  private final EntityManager em;
  private final CourseReplay replay;
  private final LocalDate today;

  CourseFeedbackSamples(EntityManager em, LocalDateTime now) {
    this.em = em;
    this.replay = new CourseReplay(em);
    this.today = now.toLocalDate();
  }

  /**
   * @param participants teachers of the school, at least seven
   * @param teacher the demo teacher, a participant of last month's course who has not answered yet
   */
  void pastCourses(
      ExpertTeam environments,
      ExpertTeam steam,
      School school,
      List<Person> participants,
      Person teacher) {
    Course lastMonth =
        pastCourse(
            environments,
            new LocalizedName(
                "Oppimisympäristöt verkossa",
                "Lärmiljöer på nätet",
                "Learning environments online"),
            10);
    answer(lastMonth, school, participants.subList(0, 4), List.of(2, 3, 3, 4), 9);
    replay.signUp(lastMonth, teacher, school, at(lastMonth.getFirstDay().minusDays(20)));

    Course spring =
        pastCourse(
            steam, new LocalizedName("STEAM-työpajat", "STEAM-verkstäder", "STEAM workshops"), 150);
    answer(spring, school, participants.subList(2, 7), List.of(4, 5, 4, 5, 4), 149);

    Course autumn =
        pastCourse(
            null,
            new LocalizedName(
                "Arviointi ja palaute", "Bedömning och respons", "Assessment and feedback"),
            330);
    Long discussion = answer(autumn, school, participants.subList(0, 3), List.of(2, 3, 3), 329);
    new FeedbackReplay(em)
        .heldAndClosed(
            discussion,
            today.minusDays(300),
            "Kurssin tehtävät lyhennetään ja esimerkit haetaan kouluista.",
            "Aino Admin",
            at(today.minusDays(299)));
  }

  /** A course whose two contact days ended {@code endedDaysAgo} days ago, written well before. */
  private Course pastCourse(ExpertTeam team, LocalizedName name, int endedDaysAgo) {
    LocalDate lastDay = today.minusDays(endedDaysAgo);
    LocalDate firstDay = lastDay.minusDays(1);
    return replay.course(
        new CourseDetails(
            name,
            new LocalizedText(
                "Kaksi lähipäivää ja oma kokeilu.",
                "Två närdagar och ett eget försök.",
                "Two contact days and a trial of your own."),
            TeachingLanguage.FI,
            Set.of(SchoolType.COMPREHENSIVE),
            Set.of(),
            Level.BASIC,
            team == null ? null : team.getId(),
            null,
            20,
            3,
            firstDay.minusDays(60),
            firstDay.minusDays(20),
            firstDay.minusDays(14),
            false,
            null,
            List.of(contactDay(firstDay), contactDay(lastDay)),
            Set.of()),
        team,
        at(firstDay.minusDays(70)));
  }

  /** The participants sign up and answer a day after the course, in turn; the discussion's id. */
  private Long answer(
      Course course, School school, List<Person> people, List<Integer> ratings, int daysAgo) {
    Long discussion = null;
    for (int i = 0; i < people.size(); i++) {
      replay.signUp(course, people.get(i), school, at(course.getFirstDay().minusDays(30)));
      Long opened =
          replay.feedback(
              course,
              people.get(i),
              ratings.get(i),
              i == 0 ? "Liikaa asiaa yhdelle päivälle." : null,
              at(today.minusDays(daysAgo)).plusHours(i));
      discussion = opened != null ? opened : discussion;
    }
    return discussion;
  }

  private static SessionDetails contactDay(LocalDate day) {
    return new SessionDetails(
        SessionKind.CONTACT_DAY, day.atTime(9, 0), day.atTime(15, 0), HOUSE, null);
  }

  private static LocalDateTime at(LocalDate day) {
    return day.atTime(10, 0);
  }
}
