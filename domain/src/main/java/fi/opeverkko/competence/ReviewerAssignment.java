package fi.opeverkko.competence;

import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the reviewer of an application from the granting community: never the applicant, never
 * anybody of the applicant's own schools (colleagues do not judge each other), and evenly: the
 * member with the fewest open reviews, the lowest id among equals, so that the choice is the same
 * whoever asks and a test can predict it.
 */
@Dependent
class ReviewerAssignment {

  /** The reviews a reviewer still has on their desk or waiting for the teacher's addition. */
  static final List<ApplicationStatus> OPEN =
      List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.MORE_ASKED);

  @PersistenceContext private EntityManager em;
  @Inject private GrantingCommunity community;
  @Inject private TeachingStaff staff;
  @Inject private NetworkReferences references;

  /**
   * The reviewer for the applicant.
   *
   * @param applicantSchools the schools the applicant works in this school year
   * @throws CompetenceRuleException {@code competence.noReviewer} when nobody may review it
   */
  Person choose(Long applicantId, Set<Long> applicantSchools, SchoolYear year) {
    Set<Long> candidates = new HashSet<>(community.members());
    candidates.remove(applicantId);
    candidates.removeAll(staff.peopleOf(applicantSchools, year));
    Map<Long, Long> openReviews = new HashMap<>();
    em.createQuery(
            "SELECT a.reviewer.id, COUNT(a) FROM BadgeApplication a WHERE a.status IN :open"
                + " GROUP BY a.reviewer.id",
            Object[].class)
        .setParameter("open", OPEN)
        .getResultList()
        .forEach(row -> openReviews.put((Long) row[0], (Long) row[1]));
    return candidates.stream()
        .min(
            Comparator.<Long>comparingLong(id -> openReviews.getOrDefault(id, 0L))
                .thenComparing(Comparator.naturalOrder()))
        .flatMap(references::person)
        .orElseThrow(() -> new CompetenceRuleException("competence.noReviewer"));
  }
}
