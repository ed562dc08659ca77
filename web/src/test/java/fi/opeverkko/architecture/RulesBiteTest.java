package fi.opeverkko.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import fi.opeverkko.network.archfixture.KnowsVisits;
import fi.opeverkko.platform.archfixture.KnowsSchools;
import fi.opeverkko.unlisted.archfixture.NotYetListed;
import fi.opeverkko.visits.archfixture.AsksTheRegistry;
import fi.opeverkko.visits.archfixture.ChangesPerson;
import fi.opeverkko.visits.archfixture.CreatesSchool;
import fi.opeverkko.visits.archfixture.FindsSchool;
import fi.opeverkko.visits.archfixture.KnowsTheWeb;
import fi.opeverkko.visits.archfixture.LawfulVisit;
import fi.opeverkko.visits.archfixture.Ping;
import fi.opeverkko.visits.archfixture.SchoolResource;
import fi.opeverkko.visits.archfixture.echo.Pong;
import fi.opeverkko.web.visits.archfixture.QueryingView;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule catches a deliberate violation: the fixture classes (test sources, next
 * to the packages they pretend to belong to) break one rule each, and the rule names them.
 */
class RulesBiteTest {

  @Test
  void aContextUsesOnlyTheContextsItMayUse() {
    assertReports(ContextRules.directionOfUse, KnowsVisits.class, KnowsSchools.class);
  }

  @Test
  void anotherContextIsUsedThroughItsPublishedFaceOnly() {
    assertReports(ContextRules.onlyThePublishedFace, AsksTheRegistry.class);
  }

  @Test
  void anotherContextsEntityIsNeverFoundByItsClass() {
    assertReports(ContextRules.noClassObjectsOfForeignEntities, FindsSchool.class);
  }

  @Test
  void anotherContextsEntityIsNeverCreatedOrChanged() {
    assertReports(
        ContextRules.foreignEntitiesAreReadOnly, CreatesSchool.class, ChangesPerson.class);
  }

  @Test
  void theDomainNeverUsesTheWeb() {
    assertReports(LayerRules.domainDoesNotDependOnWeb, KnowsTheWeb.class);
  }

  @Test
  void viewBeansNeverTouchPersistence() {
    assertReports(LayerRules.viewBeansUseServicesOnly, QueryingView.class);
  }

  @Test
  void packagesHaveNoCycles() {
    assertReports(LayerRules.noCyclesBetweenPackages, Ping.class, Pong.class);
  }

  @Test
  void restPayloadsAreNotEntities() {
    assertReports(LayerRules.entitiesAreNotRestPayloads, SchoolResource.class);
  }

  @Test
  void aContextMissingFromTheListOrAListedContextMissingFromTheCodeIsReported() {
    assertEquals(
        Set.of(
            "fi.opeverkko.unlisted is neither a listed context, the kernel, web nor demo",
            "context library is listed but fi.opeverkko.library has no class",
            "context pilots is listed but fi.opeverkko.pilots has no class",
            "context reporting is listed but fi.opeverkko.reporting has no class",
            "context plans is listed but fi.opeverkko.plans has no class",
            "context competence is listed but fi.opeverkko.competence has no class",
            "context courses is listed but fi.opeverkko.courses has no class",
            "context feedback is listed but fi.opeverkko.feedback has no class"),
        Contexts.mismatches(classes(NotYetListed.class, LawfulVisit.class, KnowsVisits.class)));
  }

  @Test
  void usingThePublishedFaceBreaksNoRule() {
    JavaClasses lawful = classes(LawfulVisit.class);
    Stream.of(
            ContextRules.directionOfUse,
            ContextRules.onlyThePublishedFace,
            ContextRules.noClassObjectsOfForeignEntities,
            ContextRules.foreignEntitiesAreReadOnly,
            LayerRules.domainDoesNotDependOnWeb,
            LayerRules.noCyclesBetweenPackages)
        .forEach(rule -> rule.allowEmptyShould(true).check(lawful));
  }

  /** The rule fails on the offenders together, naming each of them. */
  private static void assertReports(ArchRule rule, Class<?>... offenders) {
    List<String> details =
        rule.allowEmptyShould(true).evaluate(classes(offenders)).getFailureReport().getDetails();
    for (Class<?> offender : offenders) {
      assertTrue(
          details.stream().anyMatch(detail -> detail.contains(offender.getName())),
          () -> "'" + rule.getDescription() + "' lets " + offender.getName() + " pass: " + details);
    }
  }

  private static JavaClasses classes(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }
}
