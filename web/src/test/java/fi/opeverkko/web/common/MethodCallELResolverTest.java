package fi.opeverkko.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MethodCallELResolverTest {

  /** A table row as the pages have them: a record read through its accessors. */
  record Row(String subject, int answers) {
    String subjectIn(String language) {
      return language + ":" + subject;
    }
  }

  public static class Formats {
    public String twice(int times, String text) {
      return text.repeat(times);
    }

    public String label(String text) {
      return "text " + text;
    }

    public String label(Number number) {
      return "number " + number;
    }

    public String fail() {
      throw new IllegalStateException("refused");
    }
  }

  private ELProcessor el;

  @BeforeEach
  void withTheResolver() {
    el = new ELProcessor();
    el.getELManager().addELResolver(new MethodCallELResolver());
    el.defineBean("row", new Row("Robotics", 12));
    el.defineBean("formats", new Formats());
  }

  @Test
  void callsARecordsAccessorOfAClassThatIsNotPublic() {
    assertEquals("Robotics", el.eval("row.subject()"));
    assertEquals(12, (Integer) el.eval("row.answers()"));
  }

  @Test
  void answersTheCallItself() {
    ELContext context = el.getELManager().getELContext();
    Object subject =
        new MethodCallELResolver()
            .invoke(context, new Row("Robotics", 12), "subject", null, new Object[0]);
    assertEquals("Robotics", subject);
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void coercesTheArgumentsAsTheStandardResolverDoes() {
    assertEquals("abab", el.eval("formats.twice('2', 'ab')"));
    assertEquals("", el.eval("formats.twice(null, 'ab')"));
  }

  @Test
  void leavesOverloadedNamesToTheStandardResolver() {
    assertTrue(MethodCallELResolver.onlyCallable(Formats.class, "label", 1).isEmpty());
    assertEquals("text x", el.eval("formats.label('x')"));
  }

  @Test
  void looksUpOnlyPublicMethods() {
    assertFalse(MethodCallELResolver.onlyCallable(Row.class, "subjectIn", 1).isPresent());
    assertTrue(MethodCallELResolver.onlyCallable(Row.class, "subject", 0).isPresent());
  }

  @Test
  void callsMethodsOfTheJdksOwnClasses() {
    el.defineBean("names", List.of("a", "b"));
    assertEquals(2, (Integer) el.eval("names.size()"));
    assertEquals("visitStatus.DONE", el.eval("'visitStatus.'.concat('DONE')"));
  }

  @Test
  void reportsWhatTheMethodThrew() {
    ELException thrown = assertThrows(ELException.class, () -> el.eval("formats.fail()"));
    assertInstanceOf(IllegalStateException.class, thrown.getCause());
  }
}
