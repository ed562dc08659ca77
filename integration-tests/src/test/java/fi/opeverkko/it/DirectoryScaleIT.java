package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.network.ImportKind;
import fi.opeverkko.network.NetworkImport;
import fi.opeverkko.network.PersonFilter;
import fi.opeverkko.network.PersonRegistry;
import fi.opeverkko.network.PersonRoles;
import fi.opeverkko.platform.Clock;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The people directory with thousands of rows: a city's whole staff imported in one file, then
 * paged and searched. The figures are logged for the notes; the limits are generous so that
 * a slow CI machine does not fail the build, yet an N+1 page or a full scan per row would.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryScaleIT {

  private static final Logger LOG = Logger.getLogger(DirectoryScaleIT.class.getName());
  private static final int PEOPLE = Scale.of(4000);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private NetworkImport imports;
  @Inject private PersonRegistry people;
  @Inject private Clock clock;

  @Test
  @DisplayName("4,000 people import in one file; a directory page reads among them")
  void directoryStaysFast() {
    signInAs.coordinator("VANTAA");
    String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    StringBuilder file = new StringBuilder("first_name;last_name;email;phone;languages\r\n");
    for (int i = 0; i < PEOPLE; i++) {
      file.append("Opettaja;Mittari")
          .append(i)
          .append(';')
          .append("mittari.")
          .append(run)
          .append('.')
          .append(i)
          .append("@opeverkko.example;;FI\r\n");
    }
    long started = System.nanoTime();
    int imported =
        imports.importFile(
            ImportKind.PEOPLE, "VANTAA", file.toString().getBytes(StandardCharsets.UTF_8));
    long importMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(PEOPLE, imported);

    PersonFilter all = new PersonFilter("VANTAA", null, null, clock.currentSchoolYear());
    PersonFilter search = new PersonFilter("VANTAA", "mittari39", null, clock.currentSchoolYear());
    people.search(all, 0, 25); // the first query of a kind also prepares it
    started = System.nanoTime();
    long total = people.count(all);
    List<PersonRoles> page = people.search(all, PEOPLE / 2, 25);
    long pageMillis = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    long found = people.count(search);
    people.search(search, 0, 25);
    long searchMillis = (System.nanoTime() - started) / 1_000_000;

    LOG.info(
        () ->
            String.format(
                "Directory scale: imported %d people in %d ms; %d people in Vantaa; page %d"
                    + " (count + 25 rows with roles) in %d ms; search %d hits in %d ms",
                imported,
                importMillis,
                total,
                PEOPLE / 2 / 25 + 1,
                pageMillis,
                found,
                searchMillis));
    assertTrue(total >= PEOPLE);
    assertEquals(25, page.size());
    assertEquals(
        IntStream.range(0, PEOPLE).filter(i -> Integer.toString(i).startsWith("39")).count(),
        found,
        "Mittari39, Mittari390..399 and Mittari3900..3999 (of those loaded)");
  }
}
