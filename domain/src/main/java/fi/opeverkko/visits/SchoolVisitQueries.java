package fi.opeverkko.visits;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolOverview;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** What a school's requesters read: the schools they request for, and each school's visits. */
@Stateless
public class SchoolVisitQueries {

  @PersistenceContext private EntityManager em;
  @Inject private NetworkReferences references;
  @Inject private VisitAccess access;
  @Inject private NetworkOverviewService network;

  /** The user's own schools where their role lets them request visits (principal, tutor...). */
  public List<School> requestableSchools() {
    return network.mySchools().stream()
        .filter(s -> s.myRoles().stream().anyMatch(VisitAccess.REQUESTERS::contains))
        .map(SchoolOverview::school)
        .toList();
  }

  /** A school's requests, newest first, for its requesters and its city's coordinator. */
  public List<VisitRequest> ofSchool(@NotNull Long schoolId) {
    School school =
        references.school(schoolId).orElseThrow(() -> new VisitRuleException("visit.noSuchSchool"));
    if (!access.coordinates(school)) {
      access.requireRequesterFor(school);
    }
    return VisitRequest.withParties(
            em.createQuery(
                VisitRequest.SELECT_WITH_PARTIES
                    + " WHERE r.school = :school ORDER BY r.createdAt DESC",
                VisitRequest.class))
        .setParameter("school", school)
        .getResultList();
  }
}
