package fi.opeverkko.competence;

import static fi.opeverkko.competence.Level.ADVANCED;
import static fi.opeverkko.competence.Level.BASIC;
import static fi.opeverkko.competence.Level.DEVELOPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.SchoolYear;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LevelTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 5, 9, 0);

  @Test
  @DisplayName("The targets of seeds 000: 100 %, 90 %, 20 %; the numbers 1–3")
  void targets() {
    assertEquals(100, BASIC.targetPercent());
    assertEquals(90, ADVANCED.targetPercent());
    assertEquals(20, DEVELOPER.targetPercent());
    assertEquals(ADVANCED, Level.ofNumber(2));
    assertThrows(IllegalArgumentException.class, () -> Level.ofNumber(4));
    assertTrue(DEVELOPER.includes(BASIC) && ADVANCED.includes(ADVANCED));
    assertFalse(BASIC.includes(ADVANCED));
  }

  @Test
  @DisplayName("A level needs every current badge of it and below, and one badge of its own")
  void requirements() {
    Map<Level, Long> catalogue = Map.of(BASIC, 3L, ADVANCED, 2L, DEVELOPER, 1L);
    assertEquals(Set.of(), LevelRequirements.reached(catalogue, Map.of(BASIC, 2L)));
    assertEquals(Set.of(BASIC), LevelRequirements.reached(catalogue, Map.of(BASIC, 3L)));
    assertEquals(
        Set.of(BASIC), LevelRequirements.reached(catalogue, Map.of(BASIC, 3L, DEVELOPER, 1L)));
    assertEquals(
        Set.of(BASIC, ADVANCED, DEVELOPER),
        LevelRequirements.reached(catalogue, Map.of(BASIC, 3L, ADVANCED, 2L, DEVELOPER, 1L)));
    assertEquals(
        Set.of(ADVANCED),
        LevelRequirements.reached(Map.of(ADVANCED, 1L), Map.of(ADVANCED, 1L)),
        "a level without badges asks nothing of the levels above");
    assertEquals(
        Set.of(BASIC),
        LevelRequirements.reached(Map.of(BASIC, 1L), Map.of(BASIC, 1L)),
        "a level without badges of its own is not reached by the lower ones");
  }

  @Test
  @DisplayName("The principal confirms a waiting level, or returns it with a comment")
  void confirmation() {
    LevelConfirmation level = new LevelConfirmation(Fixtures.person("Opettaja"), BASIC, NOW);
    assertEquals(LevelStatus.WAITING, level.getStatus());
    assertEquals(
        "competence.returnCommentRequired",
        assertThrows(CompetenceRuleException.class, () -> level.giveBack("Paula", " ", NOW))
            .messageKey());
    assertEquals(
        "competence.levelNotReturned",
        assertThrows(CompetenceRuleException.class, () -> level.askAgain(NOW)).messageKey());
    level.giveBack("Paula", "Puhutaan kehityskeskustelussa.", NOW);
    assertEquals(LevelStatus.RETURNED, level.getStatus());
    assertEquals("Paula", level.getDecidedBy());
    level.askAgain(NOW.plusDays(1));
    assertEquals(LevelStatus.WAITING, level.getStatus());
    level.confirm("Paula", NOW.plusDays(2));
    assertEquals(LevelStatus.CONFIRMED, level.getStatus());
    assertEquals(
        "competence.levelNotWaiting",
        assertThrows(CompetenceRuleException.class, () -> level.confirm("Paula", NOW))
            .messageKey());
  }

  @Test
  @DisplayName("A standing row's shares, targets and the total of rows")
  void standing() {
    StandingRow row = new StandingRow(SchoolType.COMPREHENSIVE, TeachingLanguage.FI, 30, 30, 26, 6);
    assertEquals(86.7, row.percent(ADVANCED));
    assertTrue(row.meetsTarget(BASIC));
    assertFalse(row.meetsTarget(ADVANCED), "26 of 30 is under 90 %");
    assertTrue(row.meetsTarget(DEVELOPER));
    StandingRow other = new StandingRow(SchoolType.VOCATIONAL, TeachingLanguage.SV, 10, 5, 1, 0);
    Standing standing = new Standing(new SchoolYear(2026), List.of(row, other));
    assertEquals(new StandingRow(null, null, 40, 35, 27, 6), standing.total());
    assertEquals(0, new StandingRow(null, null, 0, 0, 0, 0).percent(BASIC));
    assertFalse(new StandingRow(null, null, 0, 0, 0, 0).meetsTarget(DEVELOPER));
  }
}
