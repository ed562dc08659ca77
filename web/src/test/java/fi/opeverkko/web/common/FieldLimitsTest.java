package fi.opeverkko.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.network.CityDetails;
import fi.opeverkko.network.PersonDetails;
import fi.opeverkko.network.SchoolDetails;
import fi.opeverkko.network.TopicDetails;
import fi.opeverkko.plans.ActivityDetails;
import fi.opeverkko.plans.GoalDetails;
import fi.opeverkko.plans.LogDetails;
import fi.opeverkko.plans.PlanBasics;
import fi.opeverkko.visits.VisitDetails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

  /** What the pages' form objects are, by the expression that names them. */
  private static final Map<String, Class<?>> FORM_OBJECTS =
      Map.of(
          "requestView.details", VisitDetails.class,
          "planView.basics", PlanBasics.class,
          "planView.goal", GoalDetails.class,
          "planView.activity", ActivityDetails.class,
          "logView.entry", LogDetails.class,
          "personView.details", PersonDetails.class,
          "schoolEditView.details", SchoolDetails.class,
          "citiesView.details", CityDetails.class,
          "teamView.topic", TopicDetails.class,
          "tutorProposalsView.teacher", PersonDetails.class);

  private static final Pattern TEXT_INPUT =
      Pattern.compile("<p:input(Text|Textarea)\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern VALUE = Pattern.compile("value=\"#\\{([\\w.]+)\\.(\\w+)\\}\"");
  private static final Pattern LIMIT =
      Pattern.compile("maxlength=\"#\\{limits\\.maxLength\\(([\\w.]+), '(\\w+)'\\)\\}\"");

  @Test
  @DisplayName("A field's maxlength is its @Size: the same number the service checks")
  void maxLengthIsTheSize() {
    assertEquals(1000, new FieldLimits().maxLength(new VisitDetails(), "need"));
    assertEquals(100, new FieldLimits().maxLength(new CityDetails(), "nameFi"), "the column's");
    assertThrows(
        IllegalArgumentException.class,
        () -> new FieldLimits().maxLength(new VisitDetails(), "participants"));
  }

  @Test
  @DisplayName("Every text field of a form object takes its length from the object's @Size")
  void pagesUseTheSize() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher input = TEXT_INPUT.matcher(Files.readString(page));
        while (input.find()) {
          String tag = input.group();
          Matcher value = VALUE.matcher(tag);
          Class<?> type = value.find() ? FORM_OBJECTS.get(value.group(1)) : null;
          if (type == null) {
            continue;
          }
          Matcher limit = LIMIT.matcher(tag);
          if (!limit.find()
              || !limit.group(1).equals(value.group(1))
              || !limit.group(2).equals(value.group(2))) {
            wrong.add(page.getFileName() + ": " + tag);
            continue;
          }
          assertTrue(FieldLimits.sizeOf(type, value.group(2)).max() > 0);
          checked++;
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked > 25, "checked only " + checked);
  }
}
