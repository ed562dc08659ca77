package fi.opeverkko.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fi.opeverkko.platform.Published;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.Set;

/**
 * The API is a face of the contexts as the pages are: {@code fi.opeverkko.api.<context>} belongs to
 * its context and reaches the others only through their {@code @Published} classes (the kernel is
 * everybody's), and no resource exchanges a JPA entity (the payloads are records).
 */
@AnalyzeClasses(packages = "fi.opeverkko", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

  private static final Set<String> KERNEL = Set.of("platform", "identity", "audit");

  @ArchTest
  static final ArchRule contextsOnlyThroughTheirFaces =
      classes()
          .that()
          .resideInAPackage("fi.opeverkko.api..")
          .should(useOtherContextsOnlyThroughPublishedClasses())
          .because("the API may not reach into a context's insides more than its pages may");

  @ArchTest
  static final ArchRule entitiesAreNotPayloads =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Path.class)
          .should(notExchangeEntities())
          .because("a payload is a contract; an entity leaks internals and lazy state");

  private static ArchCondition<JavaClass> useOtherContextsOnlyThroughPublishedClasses() {
    return new ArchCondition<>("use other contexts only through @Published classes") {
      @Override
      public void check(JavaClass apiClass, ConditionEvents events) {
        String own = contextOf(apiClass.getPackageName(), "fi.opeverkko.api.");
        apiClass.getDirectDependenciesFromSelf().stream()
            .map(dependency -> dependency.getTargetClass().getBaseComponentType())
            .filter(target -> target.getPackageName().startsWith("fi.opeverkko."))
            .filter(target -> !target.getPackageName().startsWith("fi.opeverkko.api"))
            .filter(target -> !KERNEL.contains(contextOf(target.getPackageName(), "fi.opeverkko.")))
            .filter(target -> !contextOf(target.getPackageName(), "fi.opeverkko.").equals(own))
            .filter(target -> !target.isAnnotatedWith(Published.class))
            .distinct()
            .forEach(
                target ->
                    events.add(
                        SimpleConditionEvent.violated(
                            apiClass, apiClass.getName() + " uses " + target.getName())));
      }
    };
  }

  private static String contextOf(String packageName, String prefix) {
    if (!packageName.startsWith(prefix)) {
      return "";
    }
    String rest = packageName.substring(prefix.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static ArchCondition<JavaMethod> notExchangeEntities() {
    DescribedPredicate<JavaClass> entity =
        DescribedPredicate.describe("an entity", c -> c.isAnnotatedWith(Entity.class));
    return new ArchCondition<>("neither return nor accept JPA entities") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (entity.test(method.getRawReturnType())
            || method.getRawParameterTypes().stream().anyMatch(entity)) {
          events.add(
              SimpleConditionEvent.violated(method, method.getFullName() + " exchanges an entity"));
        }
      }
    };
  }
}
