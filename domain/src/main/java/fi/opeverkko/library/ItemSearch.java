package fi.opeverkko.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search's conditions in JPQL over {@code LibraryItem i}: every word of the text in the item's
 * texts (any language), and each filter given. Words are matched literally ({@code %} and {@code _}
 * escaped).
 */
final class ItemSearch {

  private static final int MAX_WORDS = 8;

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  ItemSearch(ItemFilter filter) {
    conditions.add("i.withdrawnAt IS NULL");
    words(filter.text()).stream()
        .limit(MAX_WORDS)
        .forEach(word -> like("i.searchText", word, "w" + parameters.size()));
    equal("i.area", filter.area(), "area");
    equal("i.kind", filter.kind(), "kind");
    equal("i.level", filter.level(), "level");
    equal("i.schoolType", filter.schoolType(), "schoolType");
    if (!ItemTexts.isBlank(filter.subject())) {
      like("LOWER(i.subject)", filter.subject().strip().toLowerCase(Locale.ROOT), "subject");
    }
    if (!ItemTexts.isBlank(filter.ageGroup())) {
      like("LOWER(i.ageGroup)", filter.ageGroup().strip().toLowerCase(Locale.ROOT), "ageGroup");
    }
  }

  private static List<String> words(String text) {
    if (ItemTexts.isBlank(text)) {
      return List.of();
    }
    return List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
  }

  private void like(String path, String word, String name) {
    conditions.add(path + " LIKE :" + name + " ESCAPE '!'");
    parameters.put(name, "%" + escaped(word) + "%");
  }

  private void equal(String path, Object value, String name) {
    if (value != null) {
      conditions.add(path + " = :" + name);
      parameters.put(name, value);
    }
  }

  private static String escaped(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  String where() {
    return String.join(" AND ", conditions);
  }

  Map<String, Object> parameters() {
    return parameters;
  }
}
