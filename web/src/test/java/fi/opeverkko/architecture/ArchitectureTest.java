package fi.opeverkko.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import java.util.Set;

/**
 * The architecture as executable rules, run with the unit tests on the production classes of the
 * domain and the web. Each rule says why it exists; a failure names the offending class and line.
 * {@link RulesBiteTest} shows each rule failing on a deliberate violation.
 */
@AnalyzeClasses(packages = Contexts.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests contexts = ArchTests.in(ContextRules.class);

  @ArchTest static final ArchTests layers = ArchTests.in(LayerRules.class);

  /** The list of contexts matches the packages: a new context is added to the rules as it lands. */
  @ArchTest
  static void everyPackageHasItsPlace(JavaClasses classes) {
    assertEquals(Set.of(), Contexts.mismatches(classes));
  }
}
