package fi.opeverkko.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.network.TopicAudience;
import fi.opeverkko.visits.TopicIndex.Language;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicIndexTest {

  private static TopicHit topic(long id, String title, String description) {
    return new TopicHit(id, 1, "STEAM", title, description, Set.of(TopicAudience.PRIMARY), 90);
  }

  private static List<Long> found(TopicIndex index, String need) {
    return index.search(need, 8).stream().map(TopicHit::topicId).toList();
  }

  @Test
  void finnishInflectionsAndCompoundsMatch() {
    TopicIndex index =
        new TopicIndex(
            "1",
            Language.FI,
            List.of(
                topic(1, "Ohjelmoinnin alkeet", "Robotiikkaa ja koodausta alakoulussa."),
                topic(2, "Portfolio arvioinnin välineenä", "Itsearviointi ja vertaisarviointi."),
                topic(3, "Kielitietoinen opetus", "Tekstitaidot kaikissa aineissa.")));
    assertEquals(List.of(1L), found(index, "ohjelmointi"));
    assertEquals(List.of(1L), found(index, "ohjelmoinnista"));
    assertEquals(List.of(2L), found(index, "arviointi"));
    assertEquals(List.of(2L), found(index, "vertaisarvioinnin"));
    assertTrue(found(index, "ja").isEmpty(), "stop words find nothing");
    assertTrue(found(index, "  ").isEmpty());
  }

  @Test
  void swedishInflectionsAndCompoundsMatch() {
    TopicIndex index =
        new TopicIndex(
            "1",
            Language.SV,
            List.of(
                topic(1, "Programmeringens grunder", "Robotik i lågstadiet."),
                topic(2, "Språkmedveten undervisning", "Textkompetens i alla ämnen.")));
    assertEquals(List.of(1L), found(index, "programmering"));
    assertEquals(List.of(1L), found(index, "robotiken"));
    assertEquals(List.of(2L), found(index, "undervisningen"));
    assertEquals(List.of(2L), found(index, "kompetens"));
  }

  @Test
  void theTitleWeighsMoreThanTheDescription() {
    TopicIndex index =
        new TopicIndex(
            "1",
            Language.EN,
            List.of(
                topic(1, "Digital portfolios", "Assessment with coding examples."),
                topic(2, "Coding in primary school", "First steps.")));
    assertEquals(List.of(2L, 1L), found(index, "coding"));
  }
}
