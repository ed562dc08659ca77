package fi.opeverkko.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/**
 * The layers inside the monolith: the domain below the web, view beans that only call services, no
 * package cycles, REST payloads that are not entities. Run on the code in {@link ArchitectureTest}
 * and on deliberate violations in {@link RulesBiteTest}.
 */
final class LayerRules {

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
  static final ArchRule viewBeansUseServicesOnly =
      noClasses()
          .that()
          .resideInAPackage("fi.opeverkko.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.persistence..")
          .because(
              "view beans are thin: transactions, queries, rules and authorization live in the"
                  + " services, one service call per use case");

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices()
          .matching("fi.opeverkko.(**)")
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

  private LayerRules() {}

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
