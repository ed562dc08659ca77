package fi.opeverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one naming rule from address to view bean (README, "Pages and view beans"): the page {@code
 * /<context>/<page-name>.xhtml} is backed by {@code fi.opeverkko.web.<context>.<PageName>View}, a
 * page of the shell at the root ({@code /home.xhtml}) by {@code fi.opeverkko.web.shell.HomeView},
 * and the error pages by none. A newcomer finds a page's code from its address and back.
 */
class PageNamingTest {

  /** The folders of the webapp that hold a context's pages, each with its view package. */
  static final Set<String> CONTEXTS =
      Set.of(
          "network",
          "visits",
          "plans",
          "admin",
          "competence",
          "courses",
          "reporting",
          "feedback",
          "library",
          "pilots");

  /** The shell's pages live at the root; their views in this package. */
  static final String SHELL = "shell";

  /** Pages without a view bean. */
  static final String ERRORS = "error";

  private static final String WEB_PACKAGE = "fi.opeverkko.web.";
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path CLASSES = Path.of("target/classes");
  private static final Path FIXTURE = Path.of("src/test/resources/page-naming");
  private static final Pattern EXPRESSION = Pattern.compile("#\\{([^}]*)}");
  private static final Pattern NAME = Pattern.compile("\\b[a-z][A-Za-z0-9]*\\b");

  @Test
  @DisplayName("Every page has its view bean, every view bean its page, in a known folder")
  void pagesAndViewsFollowTheRule() {
    assertEquals(List.of(), violations(WEBAPP, viewClasses()));
  }

  @Test
  @DisplayName("A view bean answers to its default name, which the page uses")
  void viewsKeepTheirDefaultNames() throws ClassNotFoundException {
    Set<String> views = viewClasses();
    assertTrue(views.size() > 20, "found only " + views);
    for (String view : views) {
      Named named = Class.forName(view).getAnnotation(Named.class);
      assertTrue(named != null && named.value().isEmpty(), view + " is not @Named by default");
    }
  }

  @Test
  @DisplayName("The rule fails on a page without a view, a view without a page, a stray folder")
  void ruleCatchesViolations() {
    Set<String> views =
        Set.of(
            "fi.opeverkko.web.shell.HomeView",
            "fi.opeverkko.web.visits.InboxView",
            "fi.opeverkko.web.plans.LogView",
            "fi.opeverkko.web.plans.GhostView",
            "fi.opeverkko.web.common.StrayView");
    assertEquals(
        List.of(
            "/plans/log.xhtml uses inboxView, the view of another page",
            "/stray/page.xhtml lies outside the known folders: the root, error/ and "
                + new TreeSet<>(CONTEXTS),
            "/visits/orphan.xhtml has no view fi.opeverkko.web.visits.OrphanView",
            "fi.opeverkko.web.common.StrayView is a view outside a context's or the shell's package",
            "fi.opeverkko.web.plans.GhostView has no page /plans/ghost.xhtml"),
        violations(FIXTURE, views));
  }

  /** What breaks the rule, each said in a line; empty when the pages and views follow it. */
  static List<String> violations(Path webapp, Set<String> viewClasses) {
    Map<String, String> viewByElName =
        viewClasses.stream().collect(Collectors.toMap(PageNamingTest::elName, Function.identity()));
    Map<String, String> pages = pages(webapp);
    List<String> found = new ArrayList<>();
    pages.forEach(
        (page, content) -> {
          String[] segments = page.substring(1).split("/");
          String folder = segments.length == 1 ? SHELL : segments[0];
          boolean known = CONTEXTS.contains(folder) || folder.equals(SHELL);
          if (segments.length > 2 || !(known || folder.equals(ERRORS))) {
            found.add(
                page
                    + " lies outside the known folders: the root, error/ and "
                    + new TreeSet<>(CONTEXTS));
            return;
          }
          String own = known ? viewOf(folder, segments[segments.length - 1]) : null;
          if (own != null && !viewClasses.contains(own)) {
            found.add(page + " has no view " + own);
          }
          for (String used : elNamesIn(content)) {
            String view = viewByElName.get(used);
            if (view != null && !view.equals(own)) {
              found.add(page + " uses " + used + ", the view of another page");
            }
          }
        });
    for (String view : viewClasses) {
      String packageName = view.substring(0, view.lastIndexOf('.'));
      String context = packageName.substring(packageName.lastIndexOf('.') + 1);
      if (!packageName.equals(WEB_PACKAGE + context)
          || !(CONTEXTS.contains(context) || context.equals(SHELL))) {
        found.add(view + " is a view outside a context's or the shell's package");
      } else if (!pages.containsKey(pageOf(view))) {
        found.add(view + " has no page " + pageOf(view));
      }
    }
    return found.stream().sorted().toList();
  }

  /** {@code plans}, {@code my-plans.xhtml}: {@code fi.opeverkko.web.plans.MyPlansView}. */
  static String viewOf(String folder, String fileName) {
    String name = fileName.substring(0, fileName.length() - ".xhtml".length());
    String pascal =
        Arrays.stream(name.split("-"))
            .map(
                word ->
                    word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1))
            .collect(Collectors.joining());
    return WEB_PACKAGE + folder + "." + pascal + "View";
  }

  /** {@code fi.opeverkko.web.plans.MyPlansView}: {@code /plans/my-plans.xhtml}. */
  static String pageOf(String view) {
    String[] parts = view.substring(WEB_PACKAGE.length()).split("\\.");
    String simple = parts[1].substring(0, parts[1].length() - "View".length());
    String kebab =
        simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + ".xhtml";
    return parts[0].equals(SHELL) ? "/" + kebab : "/" + parts[0] + "/" + kebab;
  }

  /** CDI's default bean name: the simple name, decapitalised. */
  private static String elName(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static Set<String> elNamesIn(String page) {
    Set<String> names = new TreeSet<>();
    Matcher expression = EXPRESSION.matcher(page);
    while (expression.find()) {
      Matcher name = NAME.matcher(expression.group(1));
      while (name.find()) {
        names.add(name.group());
      }
    }
    return names;
  }

  /** The pages (not the templates, includes and tags under WEB-INF) by path, with their text. */
  private static Map<String, String> pages(Path webapp) {
    try (Stream<Path> files = Files.walk(webapp)) {
      Map<String, String> pages = new TreeMap<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String path = "/" + webapp.relativize(file).toString().replace('\\', '/');
        if (!path.startsWith("/WEB-INF/")) {
          pages.put(path, Files.readString(file));
        }
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The compiled view beans: every top-level class of the web layer named {@code ...View}. */
  private static Set<String> viewClasses() {
    try (Stream<Path> files = Files.walk(CLASSES.resolve("fi/opeverkko/web"))) {
      return files
          .map(file -> CLASSES.relativize(file).toString().replace('\\', '/'))
          .filter(path -> path.endsWith("View.class") && !path.contains("$"))
          .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
