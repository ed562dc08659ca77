package fi.opeverkko.visits;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.platform.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;

/** What a school's requesters read: the schools they request for, and those schools' visits. */
@Stateless
public class SchoolVisitQueries {

  @PersistenceContext private EntityManager em;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;
  @Inject private VisitAccess access;
  @Inject private Clock clock;

  /**
   * The user's own schools where their role lets them request visits (principal, tutor...), by
   * name: from their assignments alone (the schools' staff, which the overview reads too, is not
   * needed here).
   */
  public List<School> requestableSchools() {
    return network.myAssignments(clock.currentSchoolYear()).stream()
        .filter(a -> VisitAccess.REQUESTERS.contains(a.getRole()))
        .map(SchoolAssignment::getSchool)
        .distinct()
        .sorted(Comparator.comparing(School::getNameFi))
        .toList();
  }

  /** How many requests the user's requestable schools have, drafts included. */
  public long countOfMySchools() {
    return count(requestableSchools());
  }

  /** One page of the requests of the user's requestable schools, newest first. */
  public List<VisitRequest> ofMySchools(int first, int size) {
    return page(requestableSchools(), first, size);
  }

  /** How many requests the school has, for its requesters and its city's coordinator. */
  public long countOfSchool(@NotNull Long schoolId) {
    return count(List.of(readable(schoolId)));
  }

  /** One page of a school's requests, newest first, for its requesters and city's coordinator. */
  public List<VisitRequest> ofSchool(@NotNull Long schoolId, int first, int size) {
    return page(List.of(readable(schoolId)), first, size);
  }

  private School readable(Long schoolId) {
    School school =
        references.school(schoolId).orElseThrow(() -> new VisitRuleException("visit.noSuchSchool"));
    if (!access.coordinates(school)) {
      access.requireRequesterFor(school);
    }
    return school;
  }

  private long count(List<School> schools) {
    if (schools.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(r) FROM VisitRequest r WHERE r.school IN :schools", Long.class)
        .setParameter("schools", schools)
        .getSingleResult();
  }

  /**
   * One page of the schools' requests, newest first, with their parties: ordered and cut in the
   * database (a school's requests of every year are hundreds at metro size, and the page used to
   * read them all to show 25).
   */
  private List<VisitRequest> page(List<School> schools, int first, int size) {
    if (schools.isEmpty()) {
      return List.of();
    }
    List<Long> page =
        em.createQuery(
                "SELECT r.id FROM VisitRequest r WHERE r.school IN :schools"
                    + " ORDER BY r.createdAt DESC, r.id DESC",
                Long.class)
            .setParameter("schools", schools)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return VisitRequest.withPartiesInOrder(em, page);
  }
}
