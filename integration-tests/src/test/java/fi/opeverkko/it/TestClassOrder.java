package fi.opeverkko.it;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The in-container classes first, then every {@link OnSharedPortal} class, then the scale tests:
 * the portal is deployed once for all of them ({@link ReusedDeployment}, {@link SharedPortal}), and
 * the pages the browser tests read hold the demo's data, not the scale tests' metro-size load
 * (which made them slower to read and to check, and their lists long).
 */
public final class TestClassOrder implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt(TestClassOrder::phase)
                .thenComparing(c -> c.getTestClass().getName()));
  }

  private static int phase(ClassDescriptor testClass) {
    if (testClass.getTestClass().getSimpleName().endsWith("ScaleIT")) {
      return 2;
    }
    return testClass.isAnnotated(OnSharedPortal.class) ? 1 : 0;
  }
}
