package fi.opeverkko.library;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.opeverkko.platform.LocalizedText;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DraftRulesTest {

  private static PracticeDraft draft(
      LocalizedText title, PracticeKind kind, Integer level, String videoUrl) {
    return new PracticeDraft(
        title,
        new LocalizedText(null, "Sammanfattning", null),
        kind,
        DevelopmentArea.E_PORTFOLIO,
        level,
        null,
        null,
        null,
        videoUrl,
        Licence.CC0);
  }

  private static void refused(String key, PracticeDraft draft) {
    assertEquals(
        key, assertThrows(LibraryRuleException.class, () -> DraftRules.check(draft)).messageKey());
  }

  @Test
  @DisplayName("One language of title and summary is enough; none is refused")
  void oneLanguageIsEnough() {
    assertDoesNotThrow(
        () ->
            DraftRules.check(
                draft(new LocalizedText(null, null, "Title"), PracticeKind.MATERIAL, null, null)));
    refused(
        "library.titleRequired",
        draft(new LocalizedText(" ", "", null), PracticeKind.MATERIAL, null, null));
  }

  @Test
  @DisplayName("Level 1–3, a video link over https only, and one for a video")
  void levelAndVideo() {
    LocalizedText title = new LocalizedText("Otsikko", null, null);
    refused("library.levelRange", draft(title, PracticeKind.PRACTICE, 0, null));
    refused("library.videoRequired", draft(title, PracticeKind.VIDEO, 1, null));
    refused("library.videoHttps", draft(title, PracticeKind.VIDEO, 1, "http://x.example/v"));
    refused("library.videoHttps", draft(title, PracticeKind.VIDEO, 1, "javascript:alert(1)"));
    refused("library.videoHttps", draft(title, PracticeKind.VIDEO, 1, "https://u:p@x.example/"));
    assertDoesNotThrow(
        () -> DraftRules.check(draft(title, PracticeKind.VIDEO, 3, "https://x.example/v")));
  }

  @Test
  @DisplayName("A text missing in the reader's language is shown in another")
  void fallback() {
    Locale swedish = Locale.forLanguageTag("sv");
    assertEquals("Otsikko", ItemTexts.in(swedish, "Otsikko", null, null));
    assertEquals("Titel", ItemTexts.in(Locale.ENGLISH, null, "Titel", " "));
    assertEquals("Rubrik", ItemTexts.in(swedish, "Otsikko", "Rubrik", "Title"));
  }

  @Test
  @DisplayName("Search words are matched literally, every one of them")
  void searchWords() {
    ItemSearch search =
        new ItemSearch(new ItemFilter(" Metsä  50%_ ", null, null, 2, null, null, null));
    assertEquals(
        "i.withdrawnAt IS NULL AND i.searchText LIKE :w0 ESCAPE '!'"
            + " AND i.searchText LIKE :w1 ESCAPE '!' AND i.level = :level",
        search.where());
    assertEquals("%metsä%", search.parameters().get("w0"));
    assertEquals("%50!%!_%", search.parameters().get("w1"));
  }

  @Test
  @DisplayName("An item is named by its number or its page's address")
  void itemReference() {
    assertEquals(Optional.of(12L), ItemReference.idIn(" 12 "));
    assertEquals(
        Optional.of(7L),
        ItemReference.idIn("http://localhost:8080/library/item.xhtml?id=7&lang=fi"));
    assertEquals(Optional.empty(), ItemReference.idIn("library"));
    assertEquals(Optional.empty(), ItemReference.idIn(null));
  }
}
