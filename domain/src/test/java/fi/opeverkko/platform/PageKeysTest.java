package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageKeysTest {

  private record Row(Long id, String name) {}

  @Test
  @DisplayName("The rows come in the keys' order, whatever order the database gave them in")
  void keepsTheKeysOrder() {
    List<Row> found = List.of(new Row(3L, "c"), new Row(1L, "a"), new Row(2L, "b"));
    assertEquals(
        List.of("b", "c", "a"),
        PageKeys.inOrder(List.of(2L, 3L, 1L), found, Row::id).stream().map(Row::name).toList());
  }

  @Test
  @DisplayName("A key whose row is gone between the two statements is left out")
  void leavesOutWhatIsGone() {
    assertEquals(
        List.of(new Row(1L, "a")),
        PageKeys.inOrder(List.of(5L, 1L), List.of(new Row(1L, "a")), Row::id));
  }
}
