package fi.opeverkko.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A big list's page read keys first: the keys are ordered and cut in one statement over the list's
 * own columns, then the rows of those keys are read with what they show in a second, which returns
 * them in no particular order.
 */
public final class PageKeys {

  private PageKeys() {}

  /** The rows found for the keys, in the keys' order; a key whose row is gone is left out. */
  public static <T> List<T> inOrder(List<Long> keys, Collection<T> found, Function<T, Long> keyOf) {
    Map<Long, T> byKey = found.stream().collect(Collectors.toMap(keyOf, Function.identity()));
    return keys.stream().filter(byKey::containsKey).map(byKey::get).toList();
  }
}
