package fi.opeverkko.network;

import java.io.Serializable;
import java.util.List;

/**
 * One data row of an imported file as the preview shows it.
 *
 * @param line the row's line number in the file (the header is line 1)
 * @param values the row's values in the order of the kind's columns
 * @param errors what is wrong with the row; empty when it can be imported
 * @param creates whether the row adds something new rather than changes what exists
 */
public record ImportRow(int line, List<String> values, List<FieldError> errors, boolean creates)
    implements Serializable {

  public boolean valid() {
    return errors.isEmpty();
  }
}
