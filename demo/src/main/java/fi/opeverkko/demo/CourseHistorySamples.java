package fi.opeverkko.demo;

import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.Course;
import fi.opeverkko.courses.CourseDetails;
import fi.opeverkko.courses.CourseReplay;
import fi.opeverkko.courses.CourseSession;
import fi.opeverkko.courses.SessionDetails;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.courses.SignUp;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The life of the demo's courses after sign-up, written through {@link CourseReplay}: a course of
 * this autumn held with its attendance marked, which the demo teacher completed (so she can add it
 * to a badge application) and some others did not; and a Swedish course of Helsinki under its
 * minimum past its decision date, waiting for its organisers to pool or cancel it.
 */
final class CourseHistorySamples {

  private static final String HOUSE = "Opettajien talo, Sturenkatu 2, Helsinki";
  private static final String MEETING = "https://meet.opeverkko.example/";

  private final EntityManager em;
  private final CourseReplay replay;
  private final LocalDateTime now;
  private final LocalDate today;

  CourseHistorySamples(EntityManager em, LocalDateTime now) {
    this.em = em;
    this.replay = new CourseReplay(em);
    this.now = now;
    this.today = now.toLocalDate();
  }

  /**
   * A course held some weeks ago: three sessions (the webinar optional) and a final assignment. The
   * teacher attended everything and returned it; of the others, every third missed a contact day
   * and every fourth has not returned the assignment.
   *
   * @param organiser who marked the attendance (the team's leader)
   */
  void heldCourse(
      ExpertTeam team, Person organiser, Person teacher, School school, List<Person> others) {
    LocalDateTime first = today.minusDays(60).atTime(9, 0);
    LocalDateTime webinar = today.minusDays(45).atTime(15, 0);
    LocalDateTime last = today.minusDays(40).atTime(9, 0);
    LocalDate planned = today.minusDays(100);
    Course course =
        replay.course(
            new CourseDetails(
                new LocalizedName(
                    "Arviointi digitaalisissa oppimisympäristöissä",
                    "Bedömning i digitala lärmiljöer",
                    "Assessment in digital learning environments"),
                new LocalizedText(
                    "Kaksi lähipäivää ja webinaari; lopuksi palautat oman arviointikokeilusi.",
                    "Två närdagar och ett webbinarium; till sist lämnar du in ditt eget försök.",
                    "Two contact days and a webinar; at the end you return your own trial."),
                TeachingLanguage.FI,
                Set.of(SchoolType.COMPREHENSIVE),
                Set.of(),
                Level.ADVANCED,
                team.getId(),
                null,
                20,
                6,
                planned,
                planned.plusDays(25),
                planned.plusDays(30),
                false,
                null,
                List.of(
                    new SessionDetails(
                        SessionKind.CONTACT_DAY, first, first.plusHours(6), HOUSE, null),
                    new SessionDetails(
                        SessionKind.WEBINAR,
                        webinar,
                        webinar.plusMinutes(90),
                        null,
                        MEETING + "arviointi"),
                    new SessionDetails(
                        SessionKind.CONTACT_DAY, last, last.plusHours(6), HOUSE, null)),
                badgeFor(teacher)),
            team,
            planned.atTime(10, 0));
    replay.requireForCompletion(course, Set.of(webinar), true);
    List<SignUp> signUps = new ArrayList<>();
    signUps.add(replay.signUp(course, teacher, school, planned.plusDays(2).atTime(12, 0)));
    for (int i = 0; i < others.size() && i < 9; i++) {
      signUps.add(
          replay.signUp(
              course, others.get(i), school, planned.plusDays(3).atTime(8, 0).plusHours(i)));
    }
    for (int i = 0; i < signUps.size(); i++) {
      SignUp signUp = signUps.get(i);
      for (CourseSession session : course.getSessions()) {
        boolean missed = i % 3 == 2 && session.getStartsAt().equals(last);
        if (!missed) {
          replay.attended(
              signUp, session.getStartsAt(), organiser.getFullName(), session.getEndsAt());
        }
      }
      if (i % 4 != 3) {
        replay.assignmentReturned(signUp, last.plusDays(5 + i));
      }
    }
  }

  /**
   * A current ADVANCED badge the teacher neither holds nor has applied for: the one the held course
   * leads toward, so that she can start an application with her completion.
   */
  private Set<Long> badgeFor(Person teacher) {
    Set<Long> taken =
        new HashSet<>(
            em.createQuery(
                    "SELECT a.badge.id FROM BadgeApplication a WHERE a.applicant = :teacher",
                    Long.class)
                .setParameter("teacher", teacher)
                .getResultList());
    return em.createQuery(
            "SELECT b.id FROM Badge b WHERE b.level = :level AND b.retired = FALSE ORDER BY b.id",
            Long.class)
        .setParameter("level", Level.ADVANCED)
        .getResultStream()
        .filter(id -> !taken.contains(id))
        .findFirst()
        .map(Set::of)
        .orElse(Set.of());
  }

  /**
   * A Swedish course of Helsinki whose decision date was yesterday, with three of its eight
   * participants needed: its organisers decide to pool it with Espoo and Vantaa or to cancel it.
   */
  void swedishUnderMinimum(ExpertTeam team, School swedish, List<Person> staff) {
    LocalDate planned = today.minusDays(30);
    LocalDateTime contact = today.plusDays(12).atTime(9, 0);
    LocalDateTime webinar = today.plusDays(19).atTime(15, 0);
    Course course =
        replay.course(
            new CourseDetails(
                new LocalizedName(
                    "Monilukutaito ruotsiksi",
                    "Multilitteracitet i praktiken",
                    "Multiliteracy in practice"),
                new LocalizedText(
                    "Lähipäivä ja webinaari ruotsinkieliselle henkilöstölle.",
                    "En närdag och ett webbinarium för den svenskspråkiga personalen.",
                    "A contact day and a webinar for the Swedish-speaking staff."),
                TeachingLanguage.SV,
                Set.of(SchoolType.COMPREHENSIVE),
                Set.of(),
                Level.BASIC,
                team.getId(),
                "HELSINKI",
                16,
                8,
                planned,
                today.minusDays(2),
                today.minusDays(1),
                false,
                null,
                List.of(
                    new SessionDetails(
                        SessionKind.CONTACT_DAY, contact, contact.plusHours(6), HOUSE, null),
                    new SessionDetails(
                        SessionKind.WEBINAR,
                        webinar,
                        webinar.plusMinutes(90),
                        null,
                        MEETING + "multi")),
                Set.of()),
            team,
            planned.atTime(10, 0));
    for (int i = 0; i < 3 && i < staff.size(); i++) {
      replay.signUp(course, staff.get(i), swedish, planned.plusDays(4 + i).atTime(13, 0));
    }
  }
}
