package fi.opeverkko.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void speaksTheFirstOfTheCallersLanguagesTheNetworkSpeaks() {
    assertEquals(
        "sv",
        Languages.of(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("sv-FI")))
            .getLanguage());
    assertEquals("fi", Languages.of(List.of(Locale.forLanguageTag("de"))).getLanguage());
  }

  @Test
  void titlesAStatusAndSaysARuleInTheDomainsWords() {
    Problem problem = new Problems(Locale.forLanguageTag("en")).of(422, "visit.badWindow");
    assertEquals("Unprocessable content", problem.title());
    assertEquals("The preferred dates end before they begin.", problem.detail());
    assertEquals("urn:opeverkko:problem:visit.badWindow", problem.type());
    Problem bare = new Problems(Locale.forLanguageTag("fi")).of(418, null);
    assertEquals("Virhe", bare.title());
    assertNull(bare.detail());
  }

  @Test
  void everyLanguageHasEveryText() throws IOException {
    Properties english = load("");
    for (String language : List.of("_fi", "_sv", "_en")) {
      assertEquals(english.keySet(), load(language).keySet(), language);
    }
  }

  @Test
  void aClientOverItsCallsWaitsForTheNextMinute() {
    RateLimit limit = new RateLimit();
    Instant now = Instant.parse("2026-12-02T10:00:50Z");
    for (int call = 0; call < 300; call++) {
      assertTrue(limit.refusal("system", now).isEmpty());
    }
    assertEquals(10, limit.refusal("system", now).getAsLong());
    assertTrue(limit.refusal("other", now).isEmpty());
    assertTrue(limit.refusal("system", now.plusSeconds(10)).isEmpty());
  }

  private static Properties load(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        ProblemsTest.class.getResourceAsStream(
            "/fi/opeverkko/api/problems" + suffix + ".properties")) {
      texts.load(in);
    }
    return texts;
  }
}
