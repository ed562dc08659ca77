package fi.opeverkko.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123Z");
  private static final URI ORGANIZER = URI.create("mailto:opeverkko@example.fi");

  private static final String DESCRIPTION =
      "Rivi 1\nRivi 2, pilkku; puolipiste \\ kenoviiva.\r\nÄänekkäät öljyiset äyriäiset"
          + " häärivät ympäri ämpäriä pitkin päivää ja yötä, yötä ja päivää.";

  private final CalendarFeed feed = new CalendarFeed(ORGANIZER, InstantSource.fixed(NOW));

  private static CalendarEntry robotics() {
    return new CalendarEntry(
        "visit-1@opeverkko.fi",
        2,
        ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, HELSINKI),
        ZonedDateTime.of(2026, 12, 3, 11, 30, 0, 0, HELSINKI),
        "Ohjelmointi, robotiikka; alkeet",
        "Kallion peruskoulu, luokka 2B; Helsinki",
        DESCRIPTION,
        false,
        Instant.parse("2026-11-20T08:00:00.5Z"));
  }

  private static CalendarEntry cancelledInSummer() {
    return new CalendarEntry(
        "visit-2@opeverkko.fi",
        5,
        ZonedDateTime.of(2027, 6, 2, 9, 0, 0, 0, HELSINKI),
        ZonedDateTime.of(2027, 6, 2, 10, 0, 0, 0, HELSINKI),
        "Digiagenttien tapaaminen",
        null,
        null,
        true,
        Instant.parse("2027-05-30T12:00:00Z"));
  }

  private String render() {
    return feed.render(
        "Kallion peruskoulu, STEAM; koulutukset", List.of(robotics(), cancelledInSummer()));
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(VEvent event, String property) {
    return event.<Property>getProperty(property).orElseThrow().getValue();
  }

  @Test
  @DisplayName("iCal4j parses the feed back and finds nothing wrong with it")
  void parsesBackAndValidates() throws Exception {
    Calendar calendar = parse(render());

    ValidationResult result = calendar.validate();

    assertFalse(result.hasErrors(), result.toString());
    assertEquals(2, calendar.getComponents("VEVENT").size());
  }

  @Test
  void calendarProperties() throws Exception {
    Calendar calendar = parse(render());

    assertEquals(CalendarFeed.PRODUCT_ID, calendar.getRequiredProperty("PRODID").getValue());
    assertEquals("2.0", calendar.getRequiredProperty("VERSION").getValue());
    assertEquals("GREGORIAN", calendar.getRequiredProperty("CALSCALE").getValue());
    assertEquals("PUBLISH", calendar.getRequiredProperty("METHOD").getValue());
    assertEquals(
        "Kallion peruskoulu, STEAM; koulutukset",
        calendar.getRequiredProperty("X-WR-CALNAME").getValue());
  }

  @Test
  @DisplayName("An event carries every field of its entry, the times in UTC")
  void eventProperties() throws Exception {
    VEvent event = parse(render()).<VEvent>getComponents("VEVENT").get(0);

    assertEquals("visit-1@opeverkko.fi", value(event, "UID"));
    assertEquals("20261124T101530Z", value(event, "DTSTAMP"));
    assertEquals("20261203T070000Z", value(event, "DTSTART"), "09:00 EET");
    assertEquals("20261203T093000Z", value(event, "DTEND"));
    assertEquals("Ohjelmointi, robotiikka; alkeet", value(event, "SUMMARY"));
    assertEquals("Kallion peruskoulu, luokka 2B; Helsinki", value(event, "LOCATION"));
    assertEquals(DESCRIPTION.replace("\r\n", "\n"), value(event, "DESCRIPTION"));
    assertEquals("2", value(event, "SEQUENCE"));
    assertEquals("20261120T080000Z", value(event, "LAST-MODIFIED"));
    assertEquals("CONFIRMED", value(event, "STATUS"));
    assertEquals(ORGANIZER.toString(), value(event, "ORGANIZER"));
  }

  @Test
  @DisplayName("Times are UTC in Z form: no time zones in the feed")
  void utcTimesWithoutTimeZones() {
    String ics = render();

    assertTrue(ics.contains("\r\nDTSTART:20270602T060000Z\r\n"), "09:00 EEST in summer");
    assertFalse(ics.contains("VTIMEZONE"));
    assertFalse(ics.contains("TZID"));
  }

  @Test
  @DisplayName("A cancelled visit stays in the feed with STATUS:CANCELLED")
  void cancelledEntry() throws Exception {
    VEvent cancelled = parse(render()).<VEvent>getComponents("VEVENT").get(1);

    assertEquals("CANCELLED", value(cancelled, "STATUS"));
    assertEquals("5", value(cancelled, "SEQUENCE"));
    assertTrue(cancelled.getProperty("LOCATION").isEmpty(), "no empty LOCATION");
    assertTrue(cancelled.getProperty("DESCRIPTION").isEmpty(), "no empty DESCRIPTION");
    assertTrue(render().contains("\r\nSTATUS:CANCELLED\r\n"));
  }

  @Test
  @DisplayName("Commas, semicolons, backslashes and line breaks in text are escaped")
  void textIsEscaped() {
    String unfolded = render().replace("\r\n ", "");

    assertTrue(unfolded.contains("\r\nSUMMARY:Ohjelmointi\\, robotiikka\\; alkeet\r\n"));
    assertTrue(unfolded.contains("\r\nLOCATION:Kallion peruskoulu\\, luokka 2B\\; Helsinki\r\n"));
    assertTrue(
        unfolded.contains("\r\nX-WR-CALNAME:Kallion peruskoulu\\, STEAM\\; koulutukset\r\n"));
    assertTrue(
        unfolded.contains(
            "\r\nDESCRIPTION:Rivi 1\\nRivi 2\\, pilkku\\; puolipiste \\\\ kenoviiva.\\nÄänekkäät"));
  }

  @Test
  @DisplayName("Lines end in CRLF and are folded at 75 octets of UTF-8, not 75 characters")
  void linesAreFoldedAt75Octets() {
    String ics = render();

    assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    assertFalse(ics.replace("\r\n", "").contains("\n"), "a bare LF");
    assertFalse(ics.replace("\r\n", "").contains("\r"), "a bare CR");
    List<String> lines = ics.lines().toList();
    for (String line : lines) {
      assertTrue(
          line.getBytes(StandardCharsets.UTF_8).length <= 75,
          () -> line.getBytes(StandardCharsets.UTF_8).length + " octets: " + line);
    }
    assertTrue(lines.stream().anyMatch(line -> line.startsWith(" ")), "the description is folded");
  }

  @Test
  @DisplayName("Folding never splits a character: ä, € and emoji stay whole")
  void foldingKeepsCharactersWhole() throws CharacterCodingException {
    String line = "DESCRIPTION:" + "ä€😀".repeat(40);

    String folded = CalendarFeed.fold(line + "\r\n");

    assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""));
    for (String part : folded.split("\r\n")) {
      ByteBuffer bytes =
          StandardCharsets.UTF_8
              .newEncoder()
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .onMalformedInput(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(part));
      assertTrue(bytes.remaining() <= 75, part);
    }
  }

  @Test
  @DisplayName("A feed without visits still parses (RFC 5545 would want one component; see render)")
  void anEmptyFeedIsStillACalendar() throws Exception {
    Calendar calendar = parse(feed.render("Tyhjä", List.of()));

    assertTrue(calendar.getComponents("VEVENT").isEmpty());
    assertEquals("Tyhjä", calendar.getRequiredProperty("X-WR-CALNAME").getValue());
  }

  @Test
  void anEntryMustEndAfterItStarts() {
    ZonedDateTime start = ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, HELSINKI);
    assertThrows(
        IllegalArgumentException.class,
        () -> new CalendarEntry("x", 0, start, start, "s", null, null, false, NOW));
  }
}
