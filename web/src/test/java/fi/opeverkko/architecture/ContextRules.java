package fi.opeverkko.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static fi.opeverkko.architecture.Contexts.contextOf;
import static fi.opeverkko.architecture.Contexts.foreign;
import static fi.opeverkko.architecture.Contexts.inDemo;
import static fi.opeverkko.architecture.Contexts.inWeb;
import static fi.opeverkko.architecture.Contexts.isPublished;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fi.opeverkko.architecture.Contexts.Context;
import jakarta.persistence.Entity;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * How the bounded contexts use each other: in one direction only, through the classes the used
 * context marks {@code @Published}, and its entities read-only. Rules of this class run on the code
 * in {@link ArchitectureTest} and on deliberate violations in {@link RulesBiteTest}.
 */
final class ContextRules {

  @ArchTest
  static final ArchRule directionOfUse =
      classes()
          .should(notDependOn("a context theirs may not use", ContextRules::mayNotUse))
          .because(
              "the contexts use each other one way, as domain.md draws them (visits and plans use"
                  + " the network; the network knows nothing of them); the shared kernel"
                  + " (platform, identity, audit) uses no context; nothing but the demo data uses"
                  + " the demo data");

  @ArchTest
  static final ArchRule onlyThePublishedFace =
      classes()
          .should(
              notDependOn(
                  "a class another context has not published",
                  (origin, target) -> foreign(origin, target) && !isPublished(target)))
          .because(
              "a context offers others its @Published services, values, rule exception and"
                  + " reference entities; everything else in it is its own business and free to"
                  + " change");

  @ArchTest
  static final ArchRule noClassObjectsOfForeignEntities =
      classes()
          .should(notReferToTheClassObjectOfAForeignEntity())
          .because(
              "another context's entities are found through its published services, never by"
                  + " em.find(School.class, ...) or a query whose result is School.class: the owner"
                  + " decides what is found and how (JPQL that joins into a published entity's"
                  + " fields to scope a query is allowed, and invisible to this rule anyway)");

  @ArchTest
  static final ArchRule foreignEntitiesAreReadOnly =
      classes()
          .should(notCreateOrChangeAForeignEntity())
          .because(
              "only the owning context creates and changes its entities, so its rules hold;"
                  + " others read them (an entity's commands return nothing, so a call of a"
                  + " constructor or of a method returning void counts as a change)");

  private ContextRules() {}

  private static boolean mayNotUse(JavaClass origin, JavaClass target) {
    if (inDemo(origin)) {
      return false;
    }
    if (inDemo(target)) {
      return true;
    }
    Optional<Context> to = contextOf(target);
    Optional<Context> from = contextOf(origin);
    if (to.isEmpty() || from.equals(to)) {
      return false;
    }
    // The web shell (menus, sign-in, the kernel's pages) may open any context's published face.
    return from.isEmpty() ? !inWeb(origin) : !from.get().uses(to.get());
  }

  private static ArchCondition<JavaClass> notDependOn(
      String what, BiPredicate<JavaClass, JavaClass> forbidden) {
    return new ArchCondition<>("not depend on " + what) {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          if (forbidden.test(origin, dependency.getTargetClass())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> notReferToTheClassObjectOfAForeignEntity() {
    return new ArchCondition<>("not refer to the class object of another context's entity") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (ReferencedClassObject reference : origin.getReferencedClassObjects()) {
          JavaClass type = reference.getRawType().getBaseComponentType();
          if (foreign(origin, type) && type.isAnnotatedWith(Entity.class)) {
            events.add(
                SimpleConditionEvent.violated(
                    reference,
                    reference.getOwner().getFullName()
                        + " refers to "
                        + type.getName()
                        + ".class in "
                        + reference.getSourceCodeLocation()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> notCreateOrChangeAForeignEntity() {
    return new ArchCondition<>("not create or change another context's entity") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Stream<JavaCodeUnitAccess<?>> accesses =
            Stream.concat(
                origin.getCodeUnitCallsFromSelf().stream(),
                origin.getCodeUnitReferencesFromSelf().stream());
        accesses
            .filter(access -> foreign(origin, access.getTargetOwner()))
            .filter(access -> access.getTargetOwner().isAnnotatedWith(Entity.class))
            // A constructor's return type is void too.
            .filter(access -> access.getTarget().getRawReturnType().isEquivalentTo(void.class))
            .forEach(
                access ->
                    events.add(SimpleConditionEvent.violated(access, access.getDescription())));
      }
    };
  }
}
