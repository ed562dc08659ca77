package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;

/** A person's role in one school for one school year: principal, tutor, mentor and so on. */
@Entity
@Table(name = "school_assignment")
// By the person's id, the person fetched in the same statement: without weaving the assignment's
// person is read at once, so a query by the entity needed it found first (a statement more).
@NamedQuery(
    name = SchoolAssignment.OF_PERSON_IN_YEAR,
    query =
        "SELECT a FROM SchoolAssignment a JOIN FETCH a.person p JOIN FETCH a.school s"
            + " WHERE p.id = :person AND a.schoolYear = :year")
@NamedQuery(
    name = SchoolAssignment.OF_SCHOOL_IN_YEAR,
    query =
        "SELECT a FROM SchoolAssignment a JOIN FETCH a.person p"
            + " WHERE a.school = :school AND a.schoolYear = :year ORDER BY a.role, p.lastName")
@NamedQuery(
    name = SchoolAssignment.COUNT_IN_CITY_BY_ROLE,
    query =
        "SELECT a.role, COUNT(a) FROM SchoolAssignment a"
            + " WHERE a.school.city = :city AND a.schoolYear = :year GROUP BY a.role")
@NamedQuery(
    name = SchoolAssignment.HOLDERS,
    query =
        "SELECT a FROM SchoolAssignment a JOIN FETCH a.person"
            + " WHERE a.school = :school AND a.role = :role AND a.schoolYear = :year")
@NamedQuery(
    name = SchoolAssignment.COUNT_BY_SCHOOL_IN_CITY,
    query =
        "SELECT a.school.id, COUNT(a) FROM SchoolAssignment a WHERE a.school.city = :city"
            + " AND a.role = :role AND a.schoolYear = :year GROUP BY a.school.id")
@NamedQuery(
    name = SchoolAssignment.ACTIVE_IN_CITY_IN_YEAR,
    query =
        "SELECT a FROM SchoolAssignment a JOIN FETCH a.person JOIN FETCH a.school s"
            + " WHERE s.city = :city AND s.active = TRUE AND a.schoolYear = :year")
@NamedQuery(
    name = SchoolAssignment.OF_PEOPLE_IN_YEAR,
    query =
        "SELECT a FROM SchoolAssignment a JOIN FETCH a.school s"
            + " WHERE a.person IN :people AND a.schoolYear = :year ORDER BY s.nameFi")
@NamedQuery(
    name = SchoolAssignment.COUNT_OF_SCHOOL_FROM_YEAR,
    query =
        "SELECT COUNT(a) FROM SchoolAssignment a"
            + " WHERE a.school = :school AND a.schoolYear >= :year")
@Published
public class SchoolAssignment implements Serializable {

  static final String OF_PERSON_IN_YEAR = "SchoolAssignment.ofPersonInYear";
  static final String OF_SCHOOL_IN_YEAR = "SchoolAssignment.ofSchoolInYear";
  static final String COUNT_IN_CITY_BY_ROLE = "SchoolAssignment.countInCityByRole";
  static final String HOLDERS = "SchoolAssignment.holders";
  static final String ACTIVE_IN_CITY_IN_YEAR = "SchoolAssignment.activeInCityInYear";
  static final String COUNT_BY_SCHOOL_IN_CITY = "SchoolAssignment.countBySchoolInCity";
  static final String OF_PEOPLE_IN_YEAR = "SchoolAssignment.ofPeopleInYear";
  static final String COUNT_OF_SCHOOL_FROM_YEAR = "SchoolAssignment.countOfSchoolFromYear";

  @Id
  @SequenceGenerator(
      name = "school_assignment_seq",
      sequenceName = "school_assignment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_assignment_seq")
  private Long id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "school_role")
  private SchoolRole role;

  @NotNull
  @Column(name = "school_year")
  private SchoolYear schoolYear;

  protected SchoolAssignment() {}

  public SchoolAssignment(Person person, School school, SchoolRole role, SchoolYear schoolYear) {
    this.person = person;
    this.school = school;
    this.role = role;
    this.schoolYear = schoolYear;
  }

  /** Who holds the role in the school in the school year. */
  static List<SchoolAssignment> holders(
      EntityManager em, School school, SchoolRole role, SchoolYear year) {
    return em.createNamedQuery(HOLDERS, SchoolAssignment.class)
        .setParameter("school", school)
        .setParameter("role", role)
        .setParameter("year", year)
        .getResultList();
  }

  /** The same person in the same role in the same school, in another school year. */
  SchoolAssignment copyTo(SchoolYear year) {
    return new SchoolAssignment(person, school, role, year);
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public School getSchool() {
    return school;
  }

  public SchoolRole getRole() {
    return role;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }
}
