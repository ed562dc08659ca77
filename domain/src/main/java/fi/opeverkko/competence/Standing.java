package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.util.List;

/**
 * The standing of a school, a city or the network against the targets in a school year: a row per
 * kind of school (type and teaching language), and their total. Each member of the teaching staff
 * counts once, in the school of theirs that comes first.
 */
@Published
public record Standing(SchoolYear year, List<StandingRow> rows) {

  public Standing {
    rows = List.copyOf(rows);
  }

  public StandingRow total() {
    return rows.stream().reduce(new StandingRow(null, null, 0, 0, 0, 0), StandingRow::plus);
  }
}
