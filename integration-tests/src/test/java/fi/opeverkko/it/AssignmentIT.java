package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.network.AssignmentService;
import fi.opeverkko.network.NetworkExportService;
import fi.opeverkko.network.NetworkRuleException;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.SchoolCoverage;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.SchoolYear;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The network's limits on tutors and mentors, the coverage gaps, and the coordinator's scope. */
@ExtendWith(ArquillianExtension.class)
class AssignmentIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private AssignmentService assignments;
  @Inject private Clock clock;
  @Inject private NetworkExportService export;

  private SchoolYear year;

  @BeforeEach
  void signInAsHelsinkiCoordinator() {
    signInAs.coordinator("HELSINKI");
    year = clock.currentSchoolYear();
  }

  private SchoolCoverage first(SchoolRole role, long holders) {
    return assignments.coverage("HELSINKI", role, year).stream()
        .filter(c -> c.holders() == holders)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demo school with " + holders + " " + role));
  }

  private long holders(Long schoolId, SchoolRole role) {
    return assignments.coverage("HELSINKI", role, year).stream()
        .filter(c -> c.school().getId().equals(schoolId))
        .findFirst()
        .orElseThrow()
        .holders();
  }

  private List<Person> people(String... namePrefixes) {
    return Stream.of(namePrefixes).map(prefix -> assignments.findPeople(prefix).get(0)).toList();
  }

  @Test
  @DisplayName("Four tutors close a school's gap; a fifth is refused and nothing is saved")
  void atMostFourTutors() {
    SchoolCoverage gap = first(SchoolRole.TUTOR, 0);
    Long schoolId = gap.school().getId();
    assertTrue(gap.isGap());

    List<Person> four = people("Helmi", "Kaisa", "Lauri", "Minna");
    assignments.assign(schoolId, four.get(0).getId(), SchoolRole.TUTOR, year);
    assertFalse(
        assignments.coverage("HELSINKI", SchoolRole.TUTOR, year).stream()
            .filter(c -> c.school().getId().equals(schoolId))
            .findFirst()
            .orElseThrow()
            .isGap(),
        "one tutor closes the gap");
    for (Person tutor : four.subList(1, 4)) {
      assignments.assign(schoolId, tutor.getId(), SchoolRole.TUTOR, year);
    }

    Long fifth = people("Outi").get(0).getId();
    NetworkRuleException refused =
        assertThrows(
            NetworkRuleException.class,
            () -> assignments.assign(schoolId, fifth, SchoolRole.TUTOR, year));
    assertEquals("rule.roleFull", refused.messageKey());
    assertEquals(4, holders(schoolId, SchoolRole.TUTOR));
  }

  @Test
  @DisplayName("A third mentor is refused")
  void atMostTwoMentors() {
    Long schoolId = first(SchoolRole.MENTOR, 2).school().getId();
    Long third = people("Pekka").get(0).getId();

    NetworkRuleException refused =
        assertThrows(
            NetworkRuleException.class,
            () -> assignments.assign(schoolId, third, SchoolRole.MENTOR, year));
    assertEquals("rule.roleFull", refused.messageKey());
    assertEquals(2, holders(schoolId, SchoolRole.MENTOR));
  }

  @Test
  @DisplayName("A school with one mentor is a gap until the second is named")
  void oneMentorIsAGap() {
    SchoolCoverage oneMentor = first(SchoolRole.MENTOR, 1);
    assertTrue(oneMentor.isGap());

    assignments.assign(
        oneMentor.school().getId(), people("Saara").get(0).getId(), SchoolRole.MENTOR, year);

    assertEquals(2, holders(oneMentor.school().getId(), SchoolRole.MENTOR));
  }

  @Test
  @DisplayName("A role that does not exist in the school's type is refused")
  void noMentorsInComprehensiveSchools() {
    Long comprehensive = first(SchoolRole.TUTOR, 1).school().getId();
    Long person = people("Timo").get(0).getId();

    NetworkRuleException refused =
        assertThrows(
            NetworkRuleException.class,
            () -> assignments.assign(comprehensive, person, SchoolRole.MENTOR, year));
    assertEquals("rule.roleNotInSchoolType", refused.messageKey());
  }

  @Test
  @DisplayName("A coordinator cannot assign in another city's school")
  void otherCitysSchoolIsRefused() {
    Long helsinkiSchool = first(SchoolRole.TUTOR, 1).school().getId();
    Long person = people("Ulla").get(0).getId();
    signInAs.coordinator("ESPOO");

    assertThrows(
        AccessDeniedException.class,
        () -> assignments.assign(helsinkiSchool, person, SchoolRole.TUTOR, year));
    assertThrows(
        AccessDeniedException.class,
        () -> assignments.coverage("HELSINKI", SchoolRole.TUTOR, year));
  }

  @Test
  @DisplayName("Preparing the next school year copies this year's assignments once")
  void nextYearIsPreparedFromThisOne() {
    SchoolYear next = year.next();
    long thisYearsTutors =
        assignments.coverage("HELSINKI", SchoolRole.TUTOR, year).stream()
            .mapToLong(SchoolCoverage::holders)
            .sum();

    assignments.prepareNextYear("HELSINKI");
    long nextYearsTutors =
        assignments.coverage("HELSINKI", SchoolRole.TUTOR, next).stream()
            .mapToLong(SchoolCoverage::holders)
            .sum();

    assertTrue(thisYearsTutors > 50, "Helsinki's demo tutors: " + thisYearsTutors);
    // Other tests may have filled some of next year's places already; never beyond four.
    assertTrue(nextYearsTutors >= thisYearsTutors - 4, thisYearsTutors + " / " + nextYearsTutors);
    assertTrue(
        assignments.coverage("HELSINKI", SchoolRole.TUTOR, next).stream()
            .allMatch(c -> c.holders() <= SchoolRole.TUTOR.maxPerSchoolYear()),
        "no school gets a fifth tutor by the copy");
    assertEquals(0, assignments.prepareNextYear("HELSINKI"), "a second run copies nothing");
    assertThrows(AccessDeniedException.class, () -> prepareAs("coordinator-espoo", "HELSINKI"));
  }

  private int prepareAs(String login, String city) {
    signInAs.user(login, false, true, "ESPOO");
    return assignments.prepareNextYear(city);
  }

  @Test
  @DisplayName("A city's schools export as CSV the way Finnish Excel reads it, in scope only")
  void schoolsExportAsFinnishExcelCsv() {
    String csv =
        new String(ExcelCsv.write(export.schoolsOfCity("HELSINKI")), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();

    assertEquals('\uFEFF', csv.charAt(0), "a byte order mark for Excel");
    assertEquals("\uFEFFname_fi;name_sv;type;language;address;active", lines.get(0));
    assertTrue(
        lines.contains(
            "Kallion peruskoulu;Berghälls grundskola;COMPREHENSIVE;FI;Porvoonkatu 2, 00510 Helsinki;true"),
        lines.get(1));
    assertTrue(lines.size() > 100, "Helsinki's schools: " + (lines.size() - 1));
    signInAs.coordinator("ESPOO");
    assertThrows(AccessDeniedException.class, () -> export.schoolsOfCity("HELSINKI"));
  }

  @Test
  @DisplayName("A principal or tutor may not assign at all")
  void networkRolesMayNotAssign() {
    Long school = first(SchoolRole.TUTOR, 1).school().getId();
    signInAs.user("principal");

    assertThrows(
        AccessDeniedException.class, () -> assignments.assign(school, 1L, SchoolRole.TUTOR, year));
  }
}
