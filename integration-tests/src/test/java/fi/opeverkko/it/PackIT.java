package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.Dashboard;
import fi.opeverkko.reporting.DashboardQueries;
import fi.opeverkko.reporting.DashboardRow;
import fi.opeverkko.reporting.Grouping;
import fi.opeverkko.reporting.IndicatorPacks;
import fi.opeverkko.reporting.PackDownload;
import fi.opeverkko.reporting.PackFormat;
import fi.opeverkko.reporting.PackLanguage;
import fi.opeverkko.reporting.PackRecovery;
import fi.opeverkko.reporting.PackRow;
import fi.opeverkko.reporting.PackState;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The yearly indicator pack: built once per year, scope and language however often it is asked for,
 * its workbook's figures the dashboard's, its PDF readable in the language asked; and only the
 * readers of the scope build and download it.
 */
@ExtendWith(ArquillianExtension.class)
class PackIT {

  private static final String CITY = "VANTAA";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private IndicatorPacks packs;
  @Inject private DashboardQueries dashboards;
  @Inject private Clock clock;
  @Inject private PackRecovery recovery;
  @Inject private StuckPacks stuckPacks;

  @Test
  @DisplayName(
      "Asked for twice, a city's pack is built once per language; its workbook holds the"
          + " dashboard's figures as numbers and its PDF reads in Finnish and Swedish")
  void builtOnceWithTheDashboardsFigures() throws IOException {
    SchoolYear year = clock.currentSchoolYear();
    signInAs.admin();
    packs.request(year, CITY);
    packs.request(year, CITY);
    List<PackRow> built = PackWait.done(packs, CITY, year);
    assertEquals(
        Set.of(PackLanguage.FI, PackLanguage.SV),
        built.stream().map(PackRow::language).collect(Collectors.toSet()));
    assertEquals(2, built.size(), "one pack per language");
    built.forEach(pack -> assertEquals(PackState.READY, pack.state(), pack.toString()));

    packs.request(year, CITY);
    assertEquals(built, PackWait.done(packs, CITY, year), "a ready pack is not built again");

    Dashboard dashboard = dashboards.dashboard(year, Grouping.SCHOOL, CITY);
    PackRow finnish = of(built, PackLanguage.FI);
    try (XSSFWorkbook workbook = workbook(finnish)) {
      assertEquals(6, workbook.getNumberOfSheets(), "a sheet per indicator");
      Sheet levels = workbook.getSheetAt(0);
      assertEquals(1, levels.getPaneInformation().getHorizontalSplitPosition(), "header frozen");
      List<List<Double>> expected = new ArrayList<>();
      for (DashboardRow row : dashboard.rows()) {
        expected.add(figures(row));
      }
      expected.add(figures(dashboard.total()));
      List<List<Double>> read = new ArrayList<>();
      for (int r = 1; r <= levels.getLastRowNum(); r++) {
        Row row = levels.getRow(r);
        Row grants = workbook.getSheetAt(1).getRow(r);
        Row courses = workbook.getSheetAt(2).getRow(r);
        Row visits = workbook.getSheetAt(3).getRow(r);
        read.add(
            List.of(
                row.getCell(1).getNumericCellValue(),
                row.getCell(2).getNumericCellValue(),
                row.getCell(4).getNumericCellValue(),
                row.getCell(6).getNumericCellValue(),
                grants.getCell(1).getNumericCellValue(),
                courses.getCell(1).getNumericCellValue(),
                courses.getCell(2).getNumericCellValue(),
                visits.getCell(1).getNumericCellValue()));
      }
      assertEquals(
          sorted(expected), sorted(read), "the school rows and the total, as the dashboard's");
      assertEquals(
          "Yhteensä", levels.getRow(levels.getLastRowNum()).getCell(0).getStringCellValue());
    }

    String finnishText = pdfText(finnish);
    assertTrue(finnishText.contains("Indikaattoripaketti " + year.label()), finnishText);
    assertTrue(finnishText.contains("Vantaa"), finnishText);
    assertTrue(finnishText.contains("Yhteensä"), finnishText);
    String swedishText = pdfText(of(built, PackLanguage.SV));
    assertTrue(swedishText.contains("Indikatorpaket " + year.label()), swedishText);
    assertTrue(swedishText.contains("Totalt"), swedishText);
    assertTrue(
        swedishText.contains(Long.toString(dashboard.total().grants())), "the year's grants");
  }

  @Test
  @DisplayName(
      "Teachers and principals build and read no pack; a coordinator neither builds nor downloads"
          + " another city's, and asking for none builds their own")
  void onlyTheScopesReaders() {
    SchoolYear year = clock.currentSchoolYear().previous();
    signInAs.user("teacher");
    assertThrows(AccessDeniedException.class, () -> packs.request(year, null));
    assertThrows(AccessDeniedException.class, () -> packs.packs(CITY));
    signInAs.user("principal");
    assertThrows(AccessDeniedException.class, () -> packs.request(year, CITY));

    signInAs.admin();
    packs.request(year, CITY);
    PackRow vantaas = PackWait.done(packs, CITY, year).get(0);

    signInAs.coordinator("ESPOO");
    assertThrows(AccessDeniedException.class, () -> packs.request(year, CITY));
    assertThrows(AccessDeniedException.class, () -> packs.packs(CITY));
    assertThrows(AccessDeniedException.class, () -> packs.download(vantaas.id(), PackFormat.PDF));
    List<PackRow> own = packs.request(year, null);
    own.forEach(pack -> assertEquals("ESPOO", pack.cityCode()));
    assertNull(
        packs.packs(null).stream().filter(pack -> pack.cityCode() == null).findAny().orElse(null),
        "never the network's packs");
    PackWait.done(packs, null, year);
  }

  @Test
  @DisplayName(
      "A pack left building by a restart is failed at startup, one building over the timeout by the"
          + " timer, each with a reason in its language; asked for again, it is built anew")
  void lostBuildsDoNotBlockTheYear() {
    SchoolYear year = clock.currentSchoolYear().previous().previous();
    signInAs.admin();
    packs.request(year, CITY);
    PackWait.done(packs, CITY, year);
    stuckPacks.stuck(year, CITY, "FI", clock.now().minusMinutes(20));
    stuckPacks.stuck(year, CITY, "SV", clock.now().minusMinutes(1));

    recovery.failHung();
    List<PackRow> afterTimer = ofYear(year);
    assertEquals(PackState.FAILED, of(afterTimer, PackLanguage.FI).state());
    String reason = of(afterTimer, PackLanguage.FI).failure();
    assertTrue(reason.contains("keskeytyi") && reason.contains("15"), reason);
    assertEquals(PackState.BUILDING, of(afterTimer, PackLanguage.SV).state(), "within the timeout");

    recovery.failUnfinished();
    PackRow swedish = of(ofYear(year), PackLanguage.SV);
    assertEquals(PackState.FAILED, swedish.state());
    assertTrue(swedish.failure().contains("avbröts"), swedish.failure());

    packs.request(year, CITY);
    List<PackRow> rebuilt = PackWait.done(packs, CITY, year);
    rebuilt.forEach(pack -> assertEquals(PackState.READY, pack.state(), pack.toString()));
    assertTrue(
        packs.download(of(rebuilt, PackLanguage.FI).id(), PackFormat.XLSX).content().length > 0);
  }

  private List<PackRow> ofYear(SchoolYear year) {
    return packs.packs(CITY).stream().filter(pack -> pack.year().equals(year)).toList();
  }

  private XSSFWorkbook workbook(PackRow pack) throws IOException {
    PackDownload file = packs.download(pack.id(), PackFormat.XLSX);
    assertTrue(file.fileName().endsWith(".xlsx"), file.fileName());
    return new XSSFWorkbook(new ByteArrayInputStream(file.content()));
  }

  private String pdfText(PackRow pack) throws IOException {
    PdfReader reader = new PdfReader(packs.download(pack.id(), PackFormat.PDF).content());
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  /** The rows in one order: schools of the same name may come in either. */
  private static List<String> sorted(List<List<Double>> rows) {
    return rows.stream().map(Object::toString).sorted().toList();
  }

  private static PackRow of(List<PackRow> built, PackLanguage language) {
    return built.stream().filter(pack -> pack.language() == language).findFirst().orElseThrow();
  }

  private static List<Double> figures(DashboardRow row) {
    return List.of(
        (double) row.staff(),
        (double) row.atLevel1(),
        (double) row.atLevel2(),
        (double) row.atLevel3(),
        (double) row.grants(),
        (double) row.coursePlaces(),
        (double) row.coursesCompleted(),
        (double) row.visits());
  }
}
