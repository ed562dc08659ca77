package fi.opeverkko.it;

import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.Course;
import fi.opeverkko.courses.CourseDetails;
import fi.opeverkko.courses.CourseReplay;
import fi.opeverkko.courses.SessionDetails;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fills the course catalogue of past school years: courses of the teams and the central unit, all
 * held before this school year (so this year's figures and pages stay the demo's), each with its
 * sign-ups from the network's teachers who have no login (so no demo user's pages change). One
 * school year per transaction.
 */
@ApplicationScoped
public class CourseLoader {

  /** The name every loaded course starts with. */
  static final String NAME = "Mittakurssi";

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Inject private Clock clock;

  /**
   * The courses of the school year {@code yearsBack} years before this one; returns the ids of the
   * courses made.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> year(int yearsBack, int courses, int signUpsEach) {
    List<SchoolAssignment> teachers =
        em.createQuery(
                "SELECT a FROM SchoolAssignment a JOIN FETCH a.person JOIN FETCH a.school"
                    + " WHERE a.schoolYear = :year AND a.role = :role"
                    + " AND a.person.loginName IS NULL ORDER BY a.id",
                SchoolAssignment.class)
            .setParameter("year", clock.currentSchoolYear())
            .setParameter("role", SchoolRole.TEACHER)
            .getResultList();
    List<ExpertTeam> teams =
        em.createQuery("SELECT t FROM ExpertTeam t ORDER BY t.id", ExpertTeam.class)
            .getResultList();
    LocalDate yearStarts = clock.currentSchoolYear().firstDay().minusYears(yearsBack);
    CourseReplay replay = new CourseReplay(em);
    List<Long> made = new ArrayList<>();
    for (int n = 0; n < courses; n++) {
      LocalDate day = yearStarts.plusDays(20 + (n * 300L) / courses);
      ExpertTeam team = n % 6 == 0 ? null : teams.get(n % teams.size());
      Course course =
          replay.course(details(yearsBack, n, day, team, signUpsEach), team, at(day, 60));
      for (int i = 0; i < signUpsEach; i++) {
        SchoolAssignment teacher = teachers.get((n * 7 + i) % teachers.size());
        replay.signUp(course, teacher.getPerson(), teacher.getSchool(), at(day, 30).plusMinutes(i));
      }
      made.add(course.getId());
    }
    em.flush();
    return made;
  }

  private static CourseDetails details(
      int yearsBack, int n, LocalDate day, ExpertTeam team, int places) {
    String name = NAME + " " + yearsBack + "-" + n;
    SessionKind kind = SessionKind.values()[n % SessionKind.values().length];
    return new CourseDetails(
        new LocalizedName(name, name, name),
        new LocalizedText("Kuvaus", "Beskrivning", "Description"),
        n % 5 == 0 ? TeachingLanguage.SV : TeachingLanguage.FI,
        Set.of(),
        Set.of(),
        Level.values()[n % Level.values().length],
        team == null ? null : team.getId(),
        null,
        places,
        1,
        day.minusDays(50),
        day.minusDays(20),
        day.minusDays(10),
        false,
        null,
        List.of(
            new SessionDetails(
                kind,
                day.atTime(9, 0),
                day.atTime(15, 0),
                kind == SessionKind.CONTACT_DAY ? "Opettajien talo" : null,
                kind == SessionKind.WEBINAR ? "https://meet.opeverkko.example/m" : null)),
        Set.of());
  }

  private static LocalDateTime at(LocalDate day, int daysBefore) {
    return day.minusDays(daysBefore).atTime(9, 0);
  }
}
