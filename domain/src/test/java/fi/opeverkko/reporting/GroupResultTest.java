package fi.opeverkko.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupResultTest {

  @Test
  @DisplayName("A group of four is counted but its needs are never kept; five are shown")
  void underFiveHidden() {
    List<QuestionNeed> needs = List.of(new QuestionNeed(1, 2, 4));
    GroupResult four = new GroupResult("1", null, 4, needs);
    GroupResult five = new GroupResult("2", null, 5, List.of(new QuestionNeed(1, 2, 5)));
    assertEquals(List.of(), four.needs());
    assertEquals(40.0, five.need(1).percent());
    assertFalse(four.shown());
    assertNull(four.need(1));
  }
}
