package fi.opeverkko.web.reporting;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.IndicatorPacks;
import fi.opeverkko.reporting.PackDownload;
import fi.opeverkko.reporting.PackFormat;
import fi.opeverkko.reporting.PackRow;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Downloads;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The dashboard's indicator packs: the school year chosen is built for the dashboard's scope (the
 * network, or the city) in the background; the list of packs is polled while one is under way and
 * offers each built pack's PDF and XLSX.
 */
@Named
@ViewScoped
public class PackPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IndicatorPacks packs;
  @Inject private Actions actions;
  @Inject private Clock clock;
  @Inject private Texts texts;

  private String city;
  private Integer year;
  private List<PackRow> rows;

  /** The packs of the dashboard's city (null: the network's). */
  public void load(String city) {
    this.city = city;
    if (year == null) {
      year = clock.currentSchoolYear().previous().startYear();
    }
    refresh();
  }

  public void build() {
    actions.call(() -> packs.request(new SchoolYear(year), city)).ifPresent(this::requested);
  }

  private void requested(List<PackRow> packsNow) {
    rows = packsNow;
    texts.info("pack.requested");
  }

  public void refresh() {
    rows = packs.packs(city);
  }

  /** Whether a pack is still being built, so the page asks again. */
  public boolean isUnderWay() {
    return rows.stream().anyMatch(row -> row.state().underWay());
  }

  public StreamedContent download(Long packId, PackFormat format) {
    PackDownload file = packs.download(packId, format);
    return Downloads.file(file.fileName(), file.contentType(), file.content());
  }

  public PackFormat[] getFormats() {
    return PackFormat.values();
  }

  public List<PackRow> getRows() {
    return rows;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
