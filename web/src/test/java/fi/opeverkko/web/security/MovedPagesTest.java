package fi.opeverkko.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MovedPagesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  @DisplayName(
      "Every old address leads to a page that is there, in one step, and is no page itself")
  void everyOldAddressLeadsToAPage() {
    MovedPages.MOVED.forEach(
        (old, moved) -> {
          assertTrue(Files.isRegularFile(WEBAPP.resolve(moved.substring(1))), moved);
          assertFalse(Files.exists(WEBAPP.resolve(old.substring(1))), old + " is a page again");
          assertFalse(MovedPages.MOVED.containsKey(moved), old + " moved twice");
        });
  }

  @Test
  void anySpellingOfAnOldAddressMoves() {
    for (String old :
        new String[] {
          "/coordinator/school.xhtml",
          "/Coordinator/School.xhtml",
          "/coordinator;a=b/school.xhtml",
          "//coordinator/school.xhtml",
          "/coordinator%2Fschool.xhtml"
        }) {
      assertEquals(Optional.of("/network/school.xhtml"), MovedPages.movedTo(old), old);
    }
    assertEquals(Optional.of("/visits/inbox.xhtml"), MovedPages.movedTo("/visits/team.xhtml"));
  }

  @Test
  void pagesThatStayedAreNotMoved() {
    assertEquals(Optional.empty(), MovedPages.movedTo("/visits/visit.xhtml"));
    assertEquals(Optional.empty(), MovedPages.movedTo("/network/school.xhtml"));
    assertEquals(Optional.empty(), MovedPages.movedTo("/coordinator/"));
    assertEquals(Optional.empty(), MovedPages.movedTo(null));
  }
}
