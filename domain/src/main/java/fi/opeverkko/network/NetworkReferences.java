package fi.opeverkko.network;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The network's entities that other contexts hold as references (a visit's school and team, a log
 * entry's person), found by id in the caller's transaction. Nothing is authorized here: the caller
 * checks its own rule on what it found (who may request for the school, who may read the log). An
 * unknown or missing id finds nothing, so the caller refuses in its own words.
 */
@Published
@Stateless
public class NetworkReferences {

  @PersistenceContext private EntityManager em;

  public Optional<School> school(Long schoolId) {
    return find(School.class, schoolId);
  }

  public Optional<Person> person(Long personId) {
    return find(Person.class, personId);
  }

  /**
   * The person, locked until the caller's transaction ends: whoever books an expert locks them
   * first, so two bookings of the same expert at the same moment are checked one after the other.
   */
  public Optional<Person> lockedPerson(Long personId) {
    return personId == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<ExpertTeam> team(Long teamId) {
    return find(ExpertTeam.class, teamId);
  }

  /** The leaders of the expert teams, each once (a leader of two teams too). */
  public List<Person> teamLeaders() {
    return em.createQuery(
            "SELECT DISTINCT p FROM ExpertTeam t JOIN t.leader p ORDER BY p.id", Person.class)
        .getResultList();
  }

  /** The name of the city with the code, for a page that names a city by its code. */
  public Optional<LocalizedName> cityName(String cityCode) {
    return em.createNamedQuery(City.BY_CODE, City.class)
        .setParameter("code", cityCode)
        .getResultStream()
        .findFirst()
        .map(City::getName);
  }

  public Optional<TeamTopic> topic(Long topicId) {
    return find(TeamTopic.class, topicId);
  }

  /** The people who hold the role in the school in the school year (a school's tutors...). */
  public List<Person> holders(
      @NotNull School school, @NotNull SchoolRole role, @NotNull SchoolYear year) {
    return SchoolAssignment.holders(em, school, role, year).stream()
        .map(SchoolAssignment::getPerson)
        .toList();
  }

  /**
   * The schools of the city (null: of every city), closed ones too (their figures of the years they
   * ran still count), with what the dashboards group them by, in one query; the caller authorizes
   * the figures it adds to them.
   */
  public List<SchoolFacts> schoolFacts(String cityCode) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT s.id, c.code, c.name.fi, c.name.sv, c.name.en, s.nameFi, s.nameSv, s.type,"
                + " s.language FROM School s JOIN s.city c"
                + (cityCode == null ? "" : " WHERE c.code = :city"),
            Object[].class);
    if (cityCode != null) {
      query.setParameter("city", cityCode);
    }
    return query
        .getResultStream()
        .map(
            row ->
                new SchoolFacts(
                    (Long) row[0],
                    (String) row[1],
                    new LocalizedName((String) row[2], (String) row[3], (String) row[4]),
                    (String) row[5],
                    (String) row[6],
                    (SchoolType) row[7],
                    (TeachingLanguage) row[8]))
        .toList();
  }

  private <T> Optional<T> find(Class<T> type, Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
  }
}
