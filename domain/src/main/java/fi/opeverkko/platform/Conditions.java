package fi.opeverkko.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WHERE clause of a directory query, built from the filters a user set: one query counts the
 * rows and another reads a page, both with the same conditions and parameters.
 */
public final class Conditions {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds a condition with one named parameter, when the user set that filter. */
  public Conditions and(String clause, String parameter, Object value) {
    if (value != null) {
      clauses.add(clause);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** Adds a condition that needs no parameter. */
  public Conditions and(String clause) {
    clauses.add(clause);
    return this;
  }

  /** Sets a parameter the conditions use without being optional. */
  public Conditions with(String parameter, Object value) {
    parameters.put(parameter, value);
    return this;
  }

  /**
   * A search text as a case-insensitive LIKE pattern matching anywhere; null when blank. LIKE's own
   * wildcards are dropped from what was typed: a search box is not a pattern language. Spaces typed
   * twice count once, as in the text searched.
   */
  public static String containing(String text) {
    String plain =
        text == null ? "" : text.replaceAll("[\\\\%_]", "").replaceAll("\\s+", " ").strip();
    return plain.isEmpty() ? null : "%" + plain.toLowerCase(Locale.ROOT) + "%";
  }

  public <T> TypedQuery<T> query(
      EntityManager em, String selectFrom, String orderBy, Class<T> type) {
    String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    TypedQuery<T> query = em.createQuery(selectFrom + where + orderBy, type);
    parameters.forEach(query::setParameter);
    return query;
  }
}
