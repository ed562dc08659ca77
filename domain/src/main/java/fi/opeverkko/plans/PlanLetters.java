package fi.opeverkko.plans;

import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Letter;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * Writes the emails a plan's step calls for, each in its recipient's language: the principal hears
 * that a plan waits for approval, the school's tutors that it was returned (with the comment) or
 * approved.
 */
@Stateless
public class PlanLetters {

  private static final String BUNDLE = "fi.opeverkko.plans.mail";

  @PersistenceContext private EntityManager em;
  @Inject private NetworkReferences references;

  /** Runs in the transaction of the change, which it reads as it stands at the end. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public List<Letter> about(PlanChanged change) {
    TutorPlan plan = em.find(TutorPlan.class, change.planId());
    if (plan == null || change.action() == PlanAction.START) {
      return List.of();
    }
    SchoolRole recipients =
        change.action() == PlanAction.SUBMIT ? SchoolRole.PRINCIPAL : SchoolRole.TUTOR;
    List<PlanEvent> history =
        em.createNamedQuery(PlanEvent.OF_PLAN, PlanEvent.class)
            .setParameter("plan", plan)
            .setMaxResults(1)
            .getResultList();
    String comment = history.isEmpty() ? null : history.get(0).getComment();
    return references.holders(plan.getSchool(), recipients, plan.getSchoolYear()).stream()
        .filter(person -> person.getEmail() != null)
        .map(person -> letter(person, plan, change.action(), comment))
        .toList();
  }

  private static Letter letter(
      Person recipient, TutorPlan plan, PlanAction action, String comment) {
    Locale locale = recipient.preferredLocale();
    return Letter.written(
        BUNDLE,
        action.name(),
        recipient.getEmail(),
        locale,
        plan.getSchool().name(locale),
        plan.getSchoolYear().label(),
        comment == null ? "" : comment,
        Letter.linkTo("plans/plan.xhtml?school=" + plan.getSchool().getId()));
  }
}
