package fi.opeverkko.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Cacheable;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink's shared cache is per node and nothing tells one node what another changed
 * (ARCHITECTURE.md "Two nodes"): the persistence unit caches only what is never changed once
 * written ({@code ENABLE_SELECTIVE}), so no node reads a stale row. An entity joins this list only
 * when no use case changes it after its insert.
 */
class SharedCacheTest {

  private static final Set<String> NEVER_CHANGED = Set.of("fi.opeverkko.network.City");

  @Test
  @DisplayName("Only entities never changed after their insert are in the shared cache")
  void onlyImmutableEntitiesAreCached() {
    Set<String> cached =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(Contexts.ROOT)
                .stream()
                .filter(type -> type.isAnnotatedWith(Cacheable.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
    assertEquals(NEVER_CHANGED, cached);
  }
}
