package fi.opeverkko.web.common;

import fi.opeverkko.platform.FileRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The longest text a form field takes, read from the {@code @Size} of the property it fills in: the
 * input's {@code maxlength} and the check the service makes are the same number, written once. The
 * same for the largest file.
 */
@Named("limits")
@ApplicationScoped
public class FieldLimits {

  private final Map<String, Integer> maxLengths = new ConcurrentHashMap<>();

  /** The {@code @Size} maximum of the bean's property, e.g. {@code maxLength(details, 'goal')}. */
  public int maxLength(Object bean, String property) {
    Class<?> type = bean.getClass();
    return maxLengths.computeIfAbsent(
        type.getName() + "#" + property, key -> sizeOf(type, property).max());
  }

  /**
   * The largest file a form takes ({@link FileRules}): the file fields tell the browser, which
   * refuses a larger file when it is chosen, before its upload.
   */
  public int getFileBytes() {
    return FileRules.MAX_BYTES;
  }

  static Size sizeOf(Class<?> type, String property) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(property);
        Size size = field.getAnnotation(Size.class);
        if (size != null) {
          return size;
        }
      } catch (NoSuchFieldException notHere) {
        // declared further up, if anywhere
      }
    }
    // A page naming a property without a limit is a mistake to see at once.
    throw new IllegalArgumentException(type.getName() + "." + property + " has no @Size");
  }
}
