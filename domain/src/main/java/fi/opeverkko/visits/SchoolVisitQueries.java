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
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;

/** What a school's requesters read: the schools they request for, and those schools' visits. */
@Stateless
public class SchoolVisitQueries {

  private static final String NEWEST_FIRST = " ORDER BY r.createdAt DESC, r.id DESC";

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
    Long me = access.user().personId();
    return me == null ? 0 : ofMySchools("SELECT COUNT(r)", "", Long.class, me).getSingleResult();
  }

  /** One page of the requests of the user's requestable schools, newest first. */
  public List<VisitRequest> ofMySchools(int first, int size) {
    Long me = access.user().personId();
    return me == null
        ? List.of()
        : page(ofMySchools("SELECT r.id", NEWEST_FIRST, Long.class, me), first, size);
  }

  /** How many requests the school has, for its requesters and its city's coordinator. */
  public long countOfSchool(@NotNull Long schoolId) {
    return ofSchool("SELECT COUNT(r)", "", Long.class, readable(schoolId)).getSingleResult();
  }

  /** One page of a school's requests, newest first, for its requesters and city's coordinator. */
  public List<VisitRequest> ofSchool(@NotNull Long schoolId, int first, int size) {
    return page(ofSchool("SELECT r.id", NEWEST_FIRST, Long.class, readable(schoolId)), first, size);
  }

  private School readable(Long schoolId) {
    School school =
        references.school(schoolId).orElseThrow(() -> new VisitRuleException("visit.noSuchSchool"));
    if (!access.coordinates(school)) {
      access.requireRequesterFor(school);
    }
    return school;
  }

  /**
   * The requests of the schools where the person's role lets them request visits this school year,
   * their schools found in the same statement: the list's count and its page each read the person's
   * assignments once, not again before every query.
   */
  private <T> TypedQuery<T> ofMySchools(String select, String order, Class<T> type, Long me) {
    return em.createQuery(
            select
                + " FROM VisitRequest r WHERE r.school.id IN (SELECT a.school.id FROM"
                + " SchoolAssignment a WHERE a.person.id = :me AND a.schoolYear = :year"
                + " AND a.role IN :requesters)"
                + order,
            type)
        .setParameter("me", me)
        .setParameter("year", clock.currentSchoolYear())
        .setParameter("requesters", VisitAccess.REQUESTERS);
  }

  private <T> TypedQuery<T> ofSchool(String select, String order, Class<T> type, School school) {
    return em.createQuery(select + " FROM VisitRequest r WHERE r.school = :school" + order, type)
        .setParameter("school", school);
  }

  /**
   * One page of the requests the keys' query finds, with their parties: ordered and cut in the
   * database (a school's requests of every year are hundreds at metro size, and the page used to
   * read them all to show 25).
   */
  private List<VisitRequest> page(TypedQuery<Long> keys, int first, int size) {
    return VisitRequest.withPartiesInOrder(
        em, keys.setFirstResult(first).setMaxResults(size).getResultList());
  }
}
