package fi.opeverkko.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BadgeTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 5, 9, 0);

  @Test
  @DisplayName("A change of the criteria makes a new version; a new name alone does not")
  void criteriaAreVersioned() {
    BadgeDetails first = Fixtures.details(Level.BASIC, "Käyttää oppimisympäristöä");
    Badge badge = new Badge(first);
    BadgeVersion v1 = badge.firstVersion(first, "Aino", NOW);
    assertEquals(1, v1.getNumber());
    assertEquals(1, badge.getCurrentVersion());

    BadgeDetails renamed =
        new BadgeDetails(
            Level.BASIC,
            first.area(),
            new LocalizedName("Uusi nimi", "Nytt namn", "New name"),
            first.criteria(),
            first.evidence());
    assertEquals(Optional.empty(), badge.revise(renamed, v1, "Aino", NOW.plusDays(1)));
    assertEquals("Uusi nimi", badge.getName().fi());
    assertEquals(1, badge.getCurrentVersion(), "the same criteria, the same version");

    BadgeDetails spaced =
        new BadgeDetails(
            Level.BASIC,
            first.area(),
            first.name(),
            new LocalizedText(
                " Käyttää oppimisympäristöä ",
                "Käyttää oppimisympäristöä (sv)\n",
                " Käyttää oppimisympäristöä (en)"),
            first.evidence());
    assertTrue(badge.revise(spaced, v1, "Aino", NOW).isEmpty(), "blanks around are no change");

    BadgeVersion v2 =
        badge
            .revise(Fixtures.details(Level.BASIC, "Käyttää kahta"), v1, "Aino", NOW.plusDays(2))
            .orElseThrow();
    assertEquals(2, v2.getNumber());
    assertEquals(2, badge.getCurrentVersion());
    assertEquals("Käyttää kahta", v2.getCriteria().fi());
    assertEquals("Käyttää oppimisympäristöä", v1.getCriteria().fi(), "the old version stays");
  }

  @Test
  @DisplayName("A retired badge takes no changes and no applications")
  void retiredBadgeIsClosed() {
    BadgeDetails details = Fixtures.details(Level.ADVANCED, "Ohjaa verkossa");
    Badge badge = new Badge(details);
    BadgeVersion v1 = badge.firstVersion(details, "Aino", NOW);
    badge.retire(NOW);

    assertTrue(badge.isRetired());
    assertEquals(NOW, badge.getRetiredAt());
    CompetenceRuleException changed =
        assertThrows(CompetenceRuleException.class, () -> badge.revise(details, v1, "Aino", NOW));
    assertEquals("competence.badgeRetired", changed.messageKey());
    assertThrows(CompetenceRuleException.class, () -> badge.retire(NOW));
    CompetenceRuleException applied =
        assertThrows(
            CompetenceRuleException.class,
            () ->
                new BadgeApplication(
                    badge, Fixtures.person("Opettaja"), new EvidenceDetails("Kuvaus", null), NOW));
    assertEquals("competence.badgeRetired", applied.messageKey());
  }
}
