package fi.opeverkko.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Optional;

/**
 * The architecture as executable rules, run with the unit tests. Each rule says why it exists; a
 * failure names the offending class and dependency.
 */
@AnalyzeClasses(packages = "fi.opeverkko", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The bounded contexts: each is a package directly under fi.opeverkko. */
  private static final List<String> CONTEXTS =
      List.of("network", "visits", "plans", "competence", "reporting");

  @ArchTest
  static final ArchRule domainDoesNotDependOnWeb =
      noClasses()
          .that()
          .resideOutsideOfPackage("fi.opeverkko.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("fi.opeverkko.web..")
          .because(
              "the domain holds the rules and must work without Faces: the web layer calls the"
                  + " domain, never the other way round");

  @ArchTest
  static final ArchRule facesBeansUseServicesOnly =
      noClasses()
          .that()
          .resideInAPackage("fi.opeverkko.web..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(EntityManagerFactory.class)
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .orShould()
          .dependOnClassesThat()
          .areAnnotatedWith(PersistenceContext.class)
          .because(
              "view beans are thin: transactions, rules and authorization live in the services,"
                  + " one service call per use case");

  @ArchTest
  static final ArchRule contextsUseEachOtherThroughServicesOnly =
      noClasses()
          .should(dependOnRepositoriesOfAnotherContext())
          .because(
              "a bounded context is used by others only through its public services; its"
                  + " repositories and queries are its own business");

  @ArchTest
  static final ArchRule networkKnowsNothingOfItsUsers =
      noClasses()
          .that()
          .resideInAPackage("fi.opeverkko.network..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "fi.opeverkko.visits..",
              "fi.opeverkko.plans..",
              "fi.opeverkko.competence..",
              "fi.opeverkko.reporting..")
          .because(
              "visits, plans and reporting use the network; the network knows nothing of them");

  @ArchTest
  static final ArchRule sharedKernelStaysSmall =
      noClasses()
          .that()
          .resideInAnyPackage("fi.opeverkko.identity..", "fi.opeverkko.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "fi.opeverkko.network..", "fi.opeverkko.visits..", "fi.opeverkko.plans..")
          .because("the shared kernel (identity, platform) is used by every context and uses none");

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices()
          .matching("fi.opeverkko.(*)..")
          .should()
          .beFreeOfCycles()
          .because("cycles make packages impossible to understand, test or split one by one");

  @ArchTest
  static final ArchRule entitiesAreNotRestPayloads =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Path.class)
          .or()
          .areAnnotatedWith(Path.class)
          .should(notExchangeEntities())
          .allowEmptyShould(true)
          .because(
              "a REST payload is a contract: exposing entities leaks internals, lazy state and"
                  + " fields nobody meant to publish");

  private static ArchCondition<JavaClass> dependOnRepositoriesOfAnotherContext() {
    return new ArchCondition<>("depend on the repositories of another bounded context") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> own = contextOf(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          Optional<String> targetContext = contextOf(target);
          boolean repository = target.getSimpleName().endsWith("Repository");
          if (repository && targetContext.isPresent() && !targetContext.equals(own)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static Optional<String> contextOf(JavaClass javaClass) {
    String name = javaClass.getPackageName();
    return CONTEXTS.stream()
        .filter(
            context ->
                name.equals("fi.opeverkko." + context)
                    || name.startsWith("fi.opeverkko." + context + "."))
        .findFirst();
  }

  private static ArchCondition<JavaMethod> notExchangeEntities() {
    DescribedPredicate<JavaClass> entity =
        DescribedPredicate.describe("an entity", c -> c.isAnnotatedWith(Entity.class));
    return new ArchCondition<>("neither return nor accept JPA entities") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean returnsEntity = entity.test(method.getRawReturnType());
        boolean acceptsEntity = method.getRawParameterTypes().stream().anyMatch(entity);
        if (returnsEntity || acceptsEntity) {
          events.add(
              SimpleConditionEvent.violated(method, method.getFullName() + " exchanges an entity"));
        }
      }
    };
  }
}
