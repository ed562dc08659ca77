package fi.opeverkko.it;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The in-container classes first (each deploys its own archive), then every {@link OnSharedPortal}
 * class, so that the shared portal is deployed once, not once after each in-container class.
 */
public final class SharedPortalLast implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing((ClassDescriptor c) -> c.isAnnotated(OnSharedPortal.class))
                .thenComparing(c -> c.getTestClass().getName()));
  }
}
