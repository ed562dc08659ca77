package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.network.CityDetails;
import fi.opeverkko.network.FieldError;
import fi.opeverkko.network.ImportKind;
import fi.opeverkko.network.ImportPreview;
import fi.opeverkko.network.ImportRow;
import fi.opeverkko.network.MentorNetwork;
import fi.opeverkko.network.NetworkExportService;
import fi.opeverkko.network.NetworkImport;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkRuleException;
import fi.opeverkko.network.PersonDetails;
import fi.opeverkko.network.PersonFilter;
import fi.opeverkko.network.PersonRegistry;
import fi.opeverkko.network.PersonRoles;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolDetails;
import fi.opeverkko.network.SchoolFilter;
import fi.opeverkko.network.SchoolRegistry;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.SchoolYear;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schools and people kept per city, the CSV import's all-or-nothing, the mentor network's reach.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  /** Names made by this run, so that a rerun on the same database starts from a clean slate. */
  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  @Inject private SignInAs signInAs;
  @Inject private SchoolRegistry schools;
  @Inject private PersonRegistry people;
  @Inject private NetworkImport imports;
  @Inject private NetworkExportService export;
  @Inject private MentorNetwork mentors;
  @Inject private Clock clock;
  @Inject private NetworkOverviewService network;

  private School helsinkiSchool(String name) {
    signInAs.coordinator("HELSINKI");
    return schools.search(new SchoolFilter("HELSINKI", name, null, null), 0, 1).get(0);
  }

  private static byte[] csv(String... lines) {
    return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("A coordinator adds and edits a school of their city; the directory finds it")
  void coordinatorKeepsSchools() {
    signInAs.coordinator("HELSINKI");
    School added =
        schools.create(
            "HELSINKI",
            new SchoolDetails(
                "Testimäen koulu " + RUN,
                "Testbacka skola",
                SchoolType.COMPREHENSIVE,
                TeachingLanguage.FI,
                "Testitie 1"));
    SchoolDetails changed = schools.detailsOf(added.getId());
    changed.setAddress("Testitie 2");
    schools.update(added.getId(), added.getVersion(), changed);

    List<School> found =
        schools.search(
            new SchoolFilter("HELSINKI", "testimäen koulu " + RUN, SchoolType.COMPREHENSIVE, true),
            0,
            10);
    assertEquals(1, found.size());
    assertEquals("Testitie 2", found.get(0).getAddress());

    NetworkRuleException stale =
        assertThrows(
            NetworkRuleException.class,
            () -> schools.update(added.getId(), added.getVersion(), changed));
    assertEquals("rule.changedMeanwhile", stale.messageKey());
  }

  @Test
  @DisplayName("Another city's coordinator and a principal are refused editing a school")
  void othersCannotEditASchool() {
    School kallio = helsinkiSchool("Kallion peruskoulu");
    SchoolDetails details = schools.detailsOf(kallio.getId());
    details.setAddress("Forged 1");

    signInAs.coordinator("ESPOO");
    assertThrows(
        AccessDeniedException.class,
        () -> schools.update(kallio.getId(), kallio.getVersion(), details));
    signInAs.user("principal");
    assertEquals("Kallion peruskoulu", schools.school(kallio.getId()).getNameFi(), "reads own");
    assertThrows(AccessDeniedException.class, () -> schools.detailsOf(kallio.getId()));
    assertThrows(
        AccessDeniedException.class,
        () -> schools.update(kallio.getId(), kallio.getVersion(), details));
    School harju = helsinkiSchool("Harjun lukio");
    signInAs.user("principal");
    assertThrows(AccessDeniedException.class, () -> schools.school(harju.getId()));

    signInAs.coordinator("HELSINKI");
    assertFalse("Forged 1".equals(schools.school(kallio.getId()).getAddress()));
  }

  @Test
  @DisplayName("Invalid details are refused by the service, not only by the form")
  void invalidDetailsRefused() {
    signInAs.coordinator("HELSINKI");
    NetworkRuleException refused =
        assertThrows(
            NetworkRuleException.class,
            () ->
                people.create(
                    "HELSINKI",
                    new PersonDetails(
                        "", "Nimetön", "not-an-email", null, EnumSet.of(WorkLanguage.FI))));
    assertEquals("rule.invalidDetails", refused.messageKey());
    NetworkRuleException taken =
        assertThrows(
            NetworkRuleException.class,
            () ->
                people.create(
                    "HELSINKI",
                    new PersonDetails(
                        "Toinen",
                        "Tutor",
                        "TUTOR@opeverkko.example",
                        null,
                        EnumSet.of(WorkLanguage.FI))));
    assertEquals("rule.emailTaken", taken.messageKey());
  }

  @Test
  @DisplayName("An import with one broken row names the row's error and writes nothing")
  void importIsAllOrNothing() {
    signInAs.coordinator("HELSINKI");
    long before = schools.count(new SchoolFilter("HELSINKI", null, null, null));
    byte[] file =
        csv(
            "name_fi;name_sv;type;language;address;active",
            "Tuontikoulu A" + RUN + ";Importskola A;COMPREHENSIVE;FI;Tuontitie 1;true",
            "Tuontikoulu B" + RUN + ";Importskola B;SCHOOL_OF_MAGIC;FI;Tuontitie 2;true",
            "Tuontikoulu C" + RUN + ";Importskola C;DAY_CARE_UNIT;SV;;");

    ImportPreview preview = imports.preview(ImportKind.SCHOOLS, "HELSINKI", file);
    assertFalse(preview.valid());
    assertEquals(1, preview.invalidRows());
    ImportRow broken = preview.rows().get(1);
    assertEquals(3, broken.line(), "the header is line 1");
    FieldError error = broken.errors().get(0);
    assertEquals("type", error.field());
    assertEquals("import.unknownValue", error.messageKey());

    NetworkRuleException refused =
        assertThrows(
            NetworkRuleException.class,
            () -> imports.importFile(ImportKind.SCHOOLS, "HELSINKI", file));
    assertEquals("import.notValid", refused.messageKey());
    assertEquals(before, schools.count(new SchoolFilter("HELSINKI", null, null, null)));

    byte[] fixed =
        csv(
            "name_fi;name_sv;type;language;address;active",
            "Tuontikoulu A" + RUN + ";Importskola A;COMPREHENSIVE;FI;Tuontitie 1;true",
            "Tuontikoulu C" + RUN + ";Importskola C;DAY_CARE_UNIT;SV;;false");
    assertEquals(2, imports.importFile(ImportKind.SCHOOLS, "HELSINKI", fixed));
    assertEquals(before + 2, schools.count(new SchoolFilter("HELSINKI", null, null, null)));
    assertEquals(
        1,
        schools.count(new SchoolFilter("HELSINKI", "Tuontikoulu C" + RUN, null, false)),
        "C closed");
    assertFalse(imports.preview(ImportKind.SCHOOLS, "HELSINKI", fixed).rows().get(0).creates());
  }

  @Test
  @DisplayName(
      "Finnish Excel's 'CSV (semicolon separated)' imports with its ä and ö; a short row is an error")
  void importReadsWindows1252AndRefusesShortRows() {
    signInAs.coordinator("HELSINKI");
    String header = "name_fi;name_sv;type;language;address;active";
    String school = "Päivölän koulu " + RUN + ";Päivölä skola;COMPREHENSIVE;FI;Mäkitie 1;true";
    byte[] windows = (header + "\r\n" + school + "\r\n").getBytes(Charset.forName("windows-1252"));
    ImportPreview preview = imports.preview(ImportKind.SCHOOLS, "HELSINKI", windows);
    assertTrue(preview.valid(), preview.toString());
    assertEquals("Päivölän koulu " + RUN, preview.rows().get(0).values().get(0));
    assertEquals("Mäkitie 1", preview.rows().get(0).values().get(4));

    byte[] shortRow = csv(header, "Lyhytrivikoulu " + RUN + ";Kort skola;COMPREHENSIVE;FI;Tie 1");
    ImportRow cut = imports.preview(ImportKind.SCHOOLS, "HELSINKI", shortRow).rows().get(0);
    assertFalse(cut.valid(), "a row with a cell too few is not read as if the last were empty");
    assertEquals("import.cellCount", cut.errors().get(0).messageKey());
  }

  @Test
  @DisplayName("An assignments file that would give a school a fifth tutor is refused row by row")
  void importKeepsTheTutorLimit() {
    signInAs.coordinator("HELSINKI");
    SchoolYear year = clock.currentSchoolYear();
    byte[] people =
        csv(
            "first_name;last_name;email;phone;languages",
            "Tiina;Tuonti;tiina.tuonti" + RUN + "@opeverkko.example;040 123 4567;FI,SV",
            "Toni;Tuonti;toni.tuonti" + RUN + "@opeverkko.example;;",
            "Taru;Tuonti;taru.tuonti" + RUN + "@opeverkko.example;;EN",
            "Tero;Tuonti;tero.tuonti" + RUN + "@opeverkko.example;;fi");
    assertEquals(4, this.imports.importFile(ImportKind.PEOPLE, "HELSINKI", people));
    String header = "school;email;role;school_year";
    String school = "Tuontikoulu Tutor " + RUN;
    this.imports.importFile(
        ImportKind.SCHOOLS,
        "HELSINKI",
        csv("name_fi;name_sv;type;language;address;active", school + ";Import;COMPREHENSIVE;FI;;"));
    byte[] five =
        csv(
            header,
            school + ";tiina.tuonti" + RUN + "@opeverkko.example;TUTOR;" + year.startYear(),
            school + ";toni.tuonti" + RUN + "@opeverkko.example;TUTOR;" + year.label(),
            school + ";taru.tuonti" + RUN + "@opeverkko.example;TUTOR;" + year.startYear(),
            school + ";tero.tuonti" + RUN + "@opeverkko.example;TUTOR;" + year.startYear(),
            school + ";tutor@opeverkko.example;TUTOR;" + year.startYear(),
            school + ";nobody@opeverkko.example;MENTOR;1999");
    ImportPreview preview = this.imports.preview(ImportKind.ASSIGNMENTS, "HELSINKI", five);
    assertEquals(2, preview.invalidRows(), preview.toString());
    assertEquals("rule.roleFull", preview.rows().get(4).errors().get(0).messageKey());
    List<String> lastRow =
        preview.rows().get(5).errors().stream().map(FieldError::messageKey).toList();
    assertTrue(
        lastRow.containsAll(List.of("import.noSuchPerson", "import.badYear")), lastRow.toString());
    assertThrows(
        NetworkRuleException.class,
        () -> this.imports.importFile(ImportKind.ASSIGNMENTS, "HELSINKI", five));
    assertEquals(
        0,
        this.people.count(new PersonFilter("HELSINKI", "Tuonti", SchoolRole.TUTOR, year)),
        "nothing written");
  }

  @Test
  @DisplayName(
      "A school's whole teaching staff imports as teachers, no limit; a day care unit has none")
  void importTeachers() {
    signInAs.coordinator("HELSINKI");
    SchoolYear year = clock.currentSchoolYear();
    String school = "Tuontikoulu Opettajat " + RUN;
    String dayCare = "Tuontipäiväkoti " + RUN;
    this.imports.importFile(
        ImportKind.SCHOOLS,
        "HELSINKI",
        csv(
            "name_fi;name_sv;type;language;address;active",
            school + ";Import lärare;COMPREHENSIVE;FI;;",
            dayCare + ";Import daghem;DAY_CARE_UNIT;FI;;"));
    String[] people = new String[7];
    String[] teachers = new String[7];
    people[0] = "first_name;last_name;email;phone;languages";
    teachers[0] = "school;email;role;school_year";
    for (int i = 1; i < people.length; i++) {
      String email = "opettaja" + i + "." + RUN + "@opeverkko.example";
      people[i] = "Opettaja" + i + ";Tuontiopettaja;" + email + ";;FI";
      teachers[i] = school + ";" + email + ";teacher;" + year.startYear();
    }
    assertEquals(6, this.imports.importFile(ImportKind.PEOPLE, "HELSINKI", csv(people)));
    ImportPreview preview = this.imports.preview(ImportKind.ASSIGNMENTS, "HELSINKI", csv(teachers));
    assertTrue(preview.valid(), "six teachers, over any tutor-like limit: " + preview);
    assertEquals(6, this.imports.importFile(ImportKind.ASSIGNMENTS, "HELSINKI", csv(teachers)));
    assertEquals(
        6,
        this.people.count(
            new PersonFilter("HELSINKI", "Tuontiopettaja", SchoolRole.TEACHER, year)));

    byte[] toDayCare =
        csv(
            teachers[0],
            dayCare + ";opettaja1." + RUN + "@opeverkko.example;TEACHER;" + year.startYear());
    ImportRow refused =
        this.imports.preview(ImportKind.ASSIGNMENTS, "HELSINKI", toDayCare).rows().get(0);
    assertEquals(1, refused.errors().size(), refused.errors().toString());
    FieldError error = refused.errors().get(0);
    assertEquals("role", error.field());
    assertEquals("rule.roleNotInSchoolType", error.messageKey());
    assertEquals(List.of(SchoolRole.TEACHER, SchoolType.DAY_CARE_UNIT), List.of(error.arguments()));
    assertThrows(
        NetworkRuleException.class,
        () -> this.imports.importFile(ImportKind.ASSIGNMENTS, "HELSINKI", toDayCare));
  }

  @Test
  @DisplayName(
      "Another city's coordinator cannot import into Helsinki; a file not in UTF-8 is Windows-1252")
  void importScopeAndEncoding() {
    signInAs.coordinator("ESPOO");
    byte[] file = csv("first_name;last_name;email;phone;languages", "A;B;a.b@x.example;;FI");
    assertThrows(
        AccessDeniedException.class, () -> imports.preview(ImportKind.PEOPLE, "HELSINKI", file));
    byte[] latin1 =
        "first_name;last_name;email;phone;languages\r\nPäivi;Ö;p@x.example;;FI\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    ImportPreview windows = imports.preview(ImportKind.PEOPLE, "ESPOO", latin1);
    assertEquals(List.of(), windows.fileErrors(), "not UTF-8: Excel's Windows-1252");
    assertEquals(List.of("Päivi", "Ö"), windows.rows().get(0).values().subList(0, 2));
    ImportPreview missing =
        imports.preview(ImportKind.PEOPLE, "ESPOO", csv("first_name;surname", "A;B"));
    assertEquals("import.missingColumns", missing.fileErrors().get(0).messageKey());
  }

  @Test
  @DisplayName("The people directory filters by name and role and shows each person's roles")
  void peopleDirectory() {
    signInAs.coordinator("HELSINKI");
    SchoolYear year = clock.currentSchoolYear();
    List<PersonRoles> tutors =
        people.search(new PersonFilter("HELSINKI", "tuomas", SchoolRole.TUTOR, year), 0, 10);
    assertEquals(1, tutors.size());
    assertEquals("Kallion peruskoulu", tutors.get(0).roles().get(0).getSchool().getNameFi());
    // The name as the directory lists it, the other way round, with a space too many.
    for (String asTyped : List.of("Tutor, Tuomas", "tutor tuomas", " Tuomas   Tutor ")) {
      assertEquals(
          1, people.count(new PersonFilter("HELSINKI", asTyped, SchoolRole.TUTOR, year)), asTyped);
    }
    long all = people.count(new PersonFilter("HELSINKI", null, null, year));
    long allTutors = people.count(new PersonFilter("HELSINKI", null, SchoolRole.TUTOR, year));
    assertTrue(all > allTutors && allTutors > 50, all + " people, " + allTutors + " tutors");
    String exported =
        new String(ExcelCsv.write(export.peopleOfCity("HELSINKI")), StandardCharsets.UTF_8);
    assertTrue(exported.startsWith("\uFEFFfirst_name;last_name;email;phone;languages\r\n"));
  }

  @Test
  @DisplayName("Only an admin adds a city, and a code only once")
  void adminAddsACity() {
    CityDetails details = new CityDetails();
    details.setCode("KAUNIAINEN_" + RUN.toUpperCase().replaceAll("[^A-Z]", "X"));
    details.setNameFi("Kauniainen");
    details.setNameSv("Grankulla");
    details.setNameEn("Kauniainen");
    signInAs.coordinator("HELSINKI");
    assertThrows(AccessDeniedException.class, () -> network.addCity(details));
    signInAs.user("admin", true, false, null);
    network.addCity(details);
    assertTrue(network.cities().stream().anyMatch(c -> c.getCode().equals(details.getCode())));
    NetworkRuleException twice =
        assertThrows(NetworkRuleException.class, () -> network.addCity(details));
    assertEquals("rule.cityCodeTaken", twice.messageKey());
  }

  @Test
  @DisplayName(
      "Every city's coordinator and every mentor reads the whole mentor network; others not")
  void mentorNetworkAcrossCities() {
    SchoolYear year = clock.currentSchoolYear();
    signInAs.coordinator("ESPOO");
    long helsinki = mentors.count("HELSINKI", null, year);
    long all = mentors.count(null, null, year);
    assertTrue(helsinki > 0 && all > helsinki, helsinki + " of " + all);
    signInAs.user("mentor");
    assertEquals(all, mentors.count(null, null, year));
    assertEquals(1, mentors.count(null, "Mentori", year));
    // A school found by its Swedish name too, as the Swedish page shows it.
    List<SchoolAssignment> page = mentors.mentors(null, null, year, 0, 50);
    Set<String> finnishNames =
        page.stream().map(a -> a.getSchool().getNameFi()).collect(Collectors.toSet());
    String swedishName =
        page.stream()
            .map(a -> a.getSchool().getNameSv())
            .filter(name -> !finnishNames.contains(name))
            .findFirst()
            .orElseThrow();
    assertTrue(mentors.count(null, swedishName, year) > 0, swedishName);
    signInAs.user("principal");
    assertThrows(AccessDeniedException.class, () -> mentors.count(null, null, year));
  }
}
