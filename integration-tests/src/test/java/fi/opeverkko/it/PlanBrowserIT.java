package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CityPlansPage;
import fi.opeverkko.it.pages.HomePage;
import fi.opeverkko.it.pages.LogPage;
import fi.opeverkko.it.pages.Menu;
import fi.opeverkko.it.pages.PlanPage;
import fi.opeverkko.it.pages.PrintPage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.ExcelCsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.logging.Logger;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tutor plans and logs in the browser, across roles. Kallion peruskoulu starts the school year
 * without a plan (demo data); the first test writes and approves it, the second logs work against
 * it, so they run in this order.
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanBrowserIT {

  private static final Logger LOG = Logger.getLogger(PlanBrowserIT.class.getName());
  private static final String GOAL = "Jokainen opettaja käyttää Classroomia";
  private static final String ACTIVITY = "Classroom-työpajat";

  @Test
  @Order(1)
  @DisplayName("Tutors write and submit a plan, the principal returns it, it is fixed and approved")
  void writeReturnFixApprove() {
    tutorsWriteAndSubmit();
    principalReturns();
    tutorsFixAndSubmitAgain();
    principalApprovesAndPrints();
  }

  private static void tutorsWriteAndSubmit() {
    try (Browser tutor = Browser.signedIn("tutor")) {
      PlanPage plan = Menu.of(tutor).plans().awaitStatus("Ei suunnitelmaa");
      assertTrue(plan.offersCopy(), "last year's plan can be copied");
      plan.startEmpty().awaitStatus("Luonnos");
      plan.saveBasics(
          "Puolet opettajista käyttää Classroomia viikoittain.",
          "Kysely joulukuussa ja toukokuussa.");

      // A goal without its level is refused with the field's message, and nothing is saved.
      plan.goalDescription(GOAL).saveGoal();
      assertTrue(plan.goals().text().contains("Ei vielä tavoitteita"));
      plan.goalLevel("1 Perustaidot").saveGoal().goals().awaitContaining("käyttää Classroomia");

      plan.activityFor(GOAL)
          .what(ACTIVITY)
          .audience("Koko henkilöstö")
          .timing("Syys–lokakuu")
          .ledBy("Tuomas Tutor")
          .plannedHours(12)
          .saveActivity()
          .activities()
          .awaitContaining(ACTIVITY);
      assertEquals("", Axe.violations(tutor.driver()), "the plan being written, under axe");

      plan.submit().awaitStatus("Odottaa rehtoria");
      assertFalse(plan.editsGoals(), "a submitted plan is not edited");
    }
  }

  private static void principalReturns() {
    try (Browser principal = Browser.signedIn("principal")) {
      String onHome = new HomePage(principal).planLink();
      assertTrue(onHome.endsWith("tutortoimintasuunnitelma: Odottaa rehtoria"), onHome);
      PlanPage plan = Menu.of(principal).plans().awaitStatus("Odottaa rehtoria");
      plan.returnToTutors();
      assertTrue(plan.error().contains("mitä tutorien pitäisi"));
      plan.comment("Lisätkää tavoitteeseen, miten Classroomin käyttöä mitataan.")
          .returnToTutors()
          .awaitStatus("Palautettu muutettavaksi");
    }
  }

  private static void tutorsFixAndSubmitAgain() {
    try (Browser tutor = Browser.signedIn("tutor")) {
      PlanPage plan = Menu.of(tutor).plans().awaitStatus("Palautettu muutettavaksi");
      assertTrue(plan.history().text().contains("miten Classroomin käyttöä mitataan"));
      plan.editGoal(0)
          .goalDescription("Jokainen opettaja käyttää Classroomia viikoittain (kysely)")
          .saveGoal()
          .goals()
          .awaitContaining("(kysely)");
      plan.submitComment("Mittariksi kysely.").submit().awaitStatus("Odottaa rehtoria");
    }
  }

  private static void principalApprovesAndPrints() {
    try (Browser principal = Browser.signedIn("principal")) {
      PlanPage plan = Menu.of(principal).plans();
      assertTrue(plan.history().text().contains("Mittariksi kysely."));
      plan.comment("Hyvä, hyväksytty.").approve().awaitStatus("Hyväksytty");
      assertEquals(2, plan.versionCount(), "two versions");

      PrintPage printed = plan.print();
      String text = printed.text();
      assertTrue(text.contains("(kysely)") && text.contains(ACTIVITY), text);
      assertTrue(printed.offersPrinting());
    }
  }

  @Test
  @Order(2)
  @DisplayName("A tutor logs work for a planned activity and sees the progress against the plan")
  void tutorLogsAndSeesProgress() {
    try (Browser tutor = Browser.signedIn("tutor")) {
      LogPage log = Menu.of(tutor).log();
      refusesAMistypedYearAndTooManyHours(log);
      log.day(LocalDate.now(Clock.NETWORK_ZONE));

      long started = System.nanoTime();
      log.hours(3)
          .activityType("Työpaja")
          .colleagues(14)
          .topic("Classroom-työpaja 1")
          .serves(ACTIVITY)
          .save()
          .entries()
          .awaitContaining("Classroom-työpaja 1");
      LOG.info(
          () ->
              "A log entry took 4 typed fields and 2 choices, "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms of browser time");
      assertTrue(log.info().contains("Kirjaus tallennettiin"));
      String month =
          LocalDate.now(Clock.NETWORK_ZONE).getMonthValue()
              + "/"
              + LocalDate.now(Clock.NETWORK_ZONE).getYear();
      assertTrue(log.months().contains(month));
      assertEquals("", Axe.violations(tutor.driver()), "the log with a goal to choose, under axe");
      assertTrue(log.entries().text().contains("3,00"), "hours in Finnish");
      log.switchLanguage("en");
      log.entries().awaitContaining("3.00");
      log.switchLanguage("fi");
      log.entries().awaitContaining("3,00");

      String progress = log.menu().plans().progress();
      assertTrue(progress.contains("Classroom-työpajat: tehty 3,00 h / 12,00 h (25 %)"), progress);
    }
  }

  /**
   * A mistyped year and too many hours are refused, each message naming its field; nothing is moved
   * into range and the form keeps what was typed.
   */
  private static void refusesAMistypedYearAndTooManyHours(LogPage log) {
    log.day(LocalDate.of(1900, 1, 1)).hours(13).topic("Classroom-työpaja 1").save();
    String refused = log.messages();
    assertTrue(refused.contains("Päivä: Päivän pitää olla aikaisintaan 1.8.2000"), refused);
    assertTrue(refused.contains("Tunnit: 0,25–12 tuntia."), refused);
    String hours = log.hoursShown();
    assertTrue(hours.startsWith("13"), "not moved to 12: " + hours);
    assertEquals("1.1.1900", log.dayShown());
  }

  @Test
  @Order(3)
  @DisplayName("A coordinator sees the schools with no plan flagged, and the overview in Swedish")
  void coordinatorSeesMissingPlans() {
    try (Browser coordinator = Browser.signedIn("coordinator-helsinki")) {
      CityPlansPage plans = Menu.of(coordinator).cityPlans();
      assertTrue(plans.schoolsWithoutPlan() > 0, "the demo data has schools without a plan");
      String rows = plans.search("Ei suunnitelmaa").schools();
      assertTrue(rows.contains("Ei suunnitelmaa"), rows);
      boolean pastDue =
          MonthDay.from(LocalDate.now(Clock.NETWORK_ZONE)).isAfter(MonthDay.of(9, 30))
              || LocalDate.now(Clock.NETWORK_ZONE).getMonthValue() < 8;
      assertEquals(pastDue, rows.contains("Myöhässä"), rows);
      assertFalse(rows.contains("Hyväksytty"), "only the schools without a plan are listed");
      LocalDate today = LocalDate.now(Clock.NETWORK_ZONE);
      int firstYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
      assertTrue(
          rows.contains("8/" + firstYear) && rows.contains("7/" + (firstYear + 1)),
          "a column a month of the school year: " + rows);
      assertTrue(rows.contains("0,00"), "no hours logged, in Finnish: " + rows);

      plans.switchLanguage("sv");
      plans.byStanding().awaitContaining("Ingen plan");
    }
  }

  @Test
  @Order(4)
  @DisplayName(
      "A coordinator downloads the city's plans as CSV and as XLSX: the same schools and hours,"
          + " the workbook's headers and standings in the user's language (Swedish), its hours"
          + " numbers, its header frozen")
  void coordinatorDownloadsCsvAndXlsx() throws IOException {
    PortalHttp coordinator = new PortalHttp();
    coordinator.setCookie("opeverkko-lang", "sv");
    coordinator.signIn("coordinator-helsinki");
    HttpResponse<String> page = coordinator.get(PortalHttp.PORTAL + "plans/city-plans.xhtml");
    HttpResponse<byte[]> csvFile = coordinator.download(page, "plansForm", "exportCsv");
    HttpResponse<byte[]> xlsxFile = coordinator.download(page, "plansForm", "exportXlsx");
    assertEquals(200, xlsxFile.statusCode());
    assertTrue(
        xlsxFile.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
        xlsxFile.headers().toString());
    ExcelCsv.Sheet csv = ExcelCsv.read(csvFile.body());
    assertEquals(
        List.of("school", "plan", "late"), csv.header().subList(0, 3), csv.header().toString());
    int total = csv.header().indexOf("total_hours");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxFile.body()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertEquals("Tutorplaner", sheet.getSheetName());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header frozen");
      assertEquals("Skola", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("Timmar totalt", sheet.getRow(0).getCell(total).getStringCellValue());
      assertEquals(csv.rows().size(), sheet.getLastRowNum(), "as many schools");
      assertTrue(csv.rows().size() > 0, "the demo city has comprehensive schools");
      for (int i = 0; i < csv.rows().size(); i++) {
        List<String> csvRow = csv.rows().get(i);
        XSSFRow xlsxRow = sheet.getRow(i + 1);
        assertEquals(csvRow.get(0), xlsxRow.getCell(0).getStringCellValue());
        assertEquals(Boolean.parseBoolean(csvRow.get(2)), xlsxRow.getCell(2).getBooleanCellValue());
        if (csvRow.get(1).equals("MISSING")) {
          assertEquals("Ingen plan", xlsxRow.getCell(1).getStringCellValue());
        }
        for (int column = 3; column <= total; column++) {
          assertEquals(
              new BigDecimal(csvRow.get(column).replace(',', '.')).doubleValue(),
              xlsxRow.getCell(column).getNumericCellValue(),
              0.001,
              csvRow.get(0) + ", " + csv.header().get(column));
        }
      }
    }
  }
}
