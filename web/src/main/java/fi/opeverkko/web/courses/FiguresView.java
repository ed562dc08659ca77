package fi.opeverkko.web.courses;

import fi.opeverkko.courses.CourseFigures;
import fi.opeverkko.courses.ParticipationRow;
import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.ExcelXlsx;
import fi.opeverkko.web.common.Downloads;
import fi.opeverkko.web.i18n.Texts;
import fi.opeverkko.web.security.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
          "figures.school",
          "figures.city",
          "figures.staff",
          "figures.participants",
          "figures.share",
          "figures.basic",
          "figures.advanced",
          "figures.developer",
          "figures.finnish",
          "figures.swedish");

  @Inject private CourseFigures figures;
  @Inject private UserSession session;
  @Inject private Texts texts;

  private List<ParticipationRow> rows;

  public void load() {
    rows = figures.participation(session.getCoordinatedCity());
  }

  public StreamedContent getCsv() {
    return Downloads.csv(fileName("csv"), ExcelCsv.write(header(), cells()));
  }

  public StreamedContent getXlsx() {
    return Downloads.file(
        fileName("xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExcelXlsx.write(texts.get("figures.title"), header(), cells()));
  }

  private List<String> header() {
    return COLUMNS.stream().map(texts::get).toList();
  }

  private Stream<List<?>> cells() {
    return rows.stream()
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
                    r.swedish()));
  }

  private String fileName(String extension) {
    String city = session.getCoordinatedCity();
    return "course-participation-"
        + (city == null ? "all" : city.toLowerCase(Locale.ROOT))
        + "."
        + extension;
  }

  public List<ParticipationRow> getRows() {
    return rows;
  }
}
