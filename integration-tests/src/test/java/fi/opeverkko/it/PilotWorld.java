package fi.opeverkko.it;

import fi.opeverkko.network.City;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.pilots.EvaluationRound;
import fi.opeverkko.pilots.RoundKind;
import fi.opeverkko.platform.OutboxLetter;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A Helsinki school of its own for a pilot test, with its principal, two teachers and a teacher of
 * another school, each behind a login of its own: a project is one per school and year, so every
 * test starts from a school that is no pilot yet.
 */
@ApplicationScoped
public class PilotWorld {

  /** The logins of one made-up school, and its teachers' registry ids. */
  public record Staff(
      Long schoolId,
      String principal,
      String teacher,
      Long teacherId,
      String colleague,
      String otherSchoolsTeacher,
      Long otherSchoolsTeacherId) {}

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Staff create(SchoolYear year) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    City helsinki =
        em.createQuery("SELECT c FROM City c WHERE c.code = 'HELSINKI'", City.class)
            .getSingleResult();
    School school = school(helsinki, "Kokeilukoulu " + run);
    School other = school(helsinki, "Toinen koulu " + run);
    Person principal =
        person(helsinki, "pilot-principal-" + run, school, SchoolRole.PRINCIPAL, year);
    Person teacher = person(helsinki, "pilot-teacher-" + run, school, SchoolRole.TEACHER, year);
    Person colleague = person(helsinki, "pilot-colleague-" + run, school, SchoolRole.TEACHER, year);
    Person outsider = person(helsinki, "pilot-other-" + run, other, SchoolRole.TEACHER, year);
    return new Staff(
        school.getId(),
        principal.getLoginName(),
        teacher.getLoginName(),
        teacher.getId(),
        colleague.getLoginName(),
        outsider.getLoginName(),
        outsider.getId());
  }

  /** This year's round of the kind (the demo opens November's). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public EvaluationRound round(SchoolYear year, RoundKind kind) {
    return em.createQuery(
            "SELECT r FROM EvaluationRound r WHERE r.schoolYear = :year AND r.kind = :kind",
            EvaluationRound.class)
        .setParameter("year", year)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Moves a round's due date (a test puts it back), to see answers fall late. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void moveDue(Long roundId, LocalDate dueOn) {
    em.createNativeQuery("UPDATE evaluation_round SET due_on = ? WHERE id = ?")
        .setParameter(1, dueOn)
        .setParameter(2, roundId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(EvaluationRound.class, roundId);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> lettersAbout(String about) {
    return em.createQuery(
            "SELECT l FROM OutboxLetter l WHERE l.about = :about ORDER BY l.id", OutboxLetter.class)
        .setParameter("about", about)
        .getResultStream()
        .map(letter -> letter.getRecipient() + " " + letter.getSubject())
        .toList();
  }

  private School school(City city, String name) {
    School school =
        new School(city, name, name, SchoolType.COMPREHENSIVE, TeachingLanguage.FI, "Kokeilutie 1");
    em.persist(school);
    return school;
  }

  private Person person(City city, String login, School school, SchoolRole role, SchoolYear year) {
    Person person = new Person(city, "Testi", login, login + "@opeverkko.example");
    person.linkLogin(login);
    em.persist(person);
    em.persist(new SchoolAssignment(person, school, role, year));
    return person;
  }
}
