package fi.opeverkko.it;

import fi.opeverkko.demo.PlanSamples;
import fi.opeverkko.network.City;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.plans.PlanStatus;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A comprehensive school of its own for a plan test, with two tutors, a principal and a tutor of
 * another school, each behind a login of its own: plans are one per school and year, so every test
 * starts from a school that has none.
 */
@ApplicationScoped
public class PlanSchool {

  /** The logins of one made-up school. */
  public record Staff(
      Long schoolId, String tutor, String secondTutor, String principal, String otherTutor) {}

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Staff create(SchoolYear year, boolean tutorsLastYearToo) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    City helsinki =
        em.createQuery("SELECT c FROM City c WHERE c.code = 'HELSINKI'", City.class)
            .getSingleResult();
    School school = school(helsinki, "Testikoulu " + run);
    School other = school(helsinki, "Naapurikoulu " + run);
    String tutor = person(helsinki, "tutor-" + run, school, SchoolRole.TUTOR, year);
    String second = person(helsinki, "tutor2-" + run, school, SchoolRole.TUTOR, year);
    String principal = person(helsinki, "principal-" + run, school, SchoolRole.PRINCIPAL, year);
    String otherTutor = person(helsinki, "other-" + run, other, SchoolRole.TUTOR, year);
    if (tutorsLastYearToo) {
      Person person = personWithLogin(tutor);
      em.persist(new SchoolAssignment(person, school, SchoolRole.TUTOR, year.previous()));
      em.persist(
          new SchoolAssignment(
              personWithLogin(principal), school, SchoolRole.PRINCIPAL, year.previous()));
    }
    return new Staff(school.getId(), tutor, second, principal, otherTutor);
  }

  /** Last year's approved plan of the school, to copy. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void lastYearsPlan(Long schoolId, SchoolYear year) {
    new PlanSamples(em, year.firstDay())
        .plan(em.find(School.class, schoolId), year.previous(), PlanStatus.APPROVED, "T", "P");
  }

  private School school(City city, String name) {
    School school =
        new School(city, name, name, SchoolType.COMPREHENSIVE, TeachingLanguage.FI, "Testitie 1");
    em.persist(school);
    return school;
  }

  private String person(City city, String login, School school, SchoolRole role, SchoolYear year) {
    Person person = new Person(city, "Testi", login, login + "@opeverkko.example");
    person.linkLogin(login);
    em.persist(person);
    em.persist(new SchoolAssignment(person, school, role, year));
    return login;
  }

  private Person personWithLogin(String login) {
    return em.createQuery("SELECT p FROM Person p WHERE p.loginName = :login", Person.class)
        .setParameter("login", login)
        .getSingleResult();
  }
}
