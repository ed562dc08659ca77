package fi.opeverkko.web.courses;

import fi.opeverkko.courses.CourseFigures;
import fi.opeverkko.courses.ParticipationRow;
import fi.opeverkko.platform.Table;
import fi.opeverkko.web.common.Spreadsheets;
import fi.opeverkko.web.security.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * Participation in central courses this school year: for a coordinator their city's schools, for an
 * admin every city's; the share of each school's teaching staff who took part, by course level and
 * language, downloadable as CSV and XLSX.
 */
@Named
@ViewScoped
public class FiguresView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final List<String> COLUMNS =
      List.of(
          "school",
          "city",
          "staff",
          "took_part",
          "share",
          "basic",
          "advanced",
          "developer",
          "finnish",
          "swedish");

  @Inject private CourseFigures figures;
  @Inject private UserSession session;
  @Inject private Spreadsheets spreadsheets;

  private List<ParticipationRow> rows;

  public void load() {
    rows = figures.participation(session.getCoordinatedCity());
  }

  public StreamedContent getCsv() {
    return spreadsheets.csv(fileName(), table());
  }

  public StreamedContent getXlsx() {
    return spreadsheets.xlsx(fileName(), "figures.title", table());
  }

  private Table table() {
    return new Table(
        COLUMNS,
        rows.stream()
            .map(
                r ->
                    Arrays.asList(
                        r.schoolName(),
                        r.cityCode(),
                        r.staff(),
                        r.participants(),
                        r.share(),
                        r.basic(),
                        r.advanced(),
                        r.developer(),
                        r.finnish(),
                        r.swedish()))
            .toList());
  }

  private String fileName() {
    String city = session.getCoordinatedCity();
    return "course-participation-" + (city == null ? "all" : city.toLowerCase(Locale.ROOT));
  }

  public List<ParticipationRow> getRows() {
    return rows;
  }
}
