package fi.opeverkko.network;

import java.util.List;

/** The checks of one kind of imported row against the registry and the rows before it. */
interface ImportRows {

  /**
   * Checks a row, adding what is wrong with it to {@code errors}, and plans its write when nothing
   * is.
   *
   * @param values the row's cells in the order of the kind's columns
   * @return whether the row adds something new rather than changes what exists
   */
  boolean check(List<String> values, ImportPlan plan, List<FieldError> errors);
}
