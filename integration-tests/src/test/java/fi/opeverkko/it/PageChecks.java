package fi.opeverkko.it;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Checks many pages with two signed-in browsers at once: a page check (axe, reflow) is the
 * browser's work, and the portal answers while the other browser analyses. Each login's pages are
 * read by one browser in turn, so every login signs in once.
 */
final class PageChecks {

  /** A page (address under the portal) as a login sees it. */
  record PageAs(String page, String login) {

    /** "page, login", as the checks are listed. */
    static PageAs parse(String row) {
      String[] cells = row.split(",");
      return new PageAs(cells[0].strip(), cells[1].strip());
    }

    @Override
    public String toString() {
      return page + " as " + login;
    }
  }

  private static final int BROWSERS = 2;

  private PageChecks() {}

  /**
   * What the check finds wrong on each page, opened in Finnish: a paragraph a page that has
   * something wrong (a page that does not answer 200 or a check that throws counts as wrong); empty
   * when every page passes.
   */
  static String problems(List<PageAs> pages, BiFunction<Browser, PageAs, String> check) {
    return problems(pages, "fi", check);
  }

  /** The same, with the pages shown in this language (fi, sv, en). */
  static String problems(
      List<PageAs> pages, String language, BiFunction<Browser, PageAs, String> check) {
    Map<String, List<PageAs>> byLogin =
        pages.stream()
            .collect(Collectors.groupingBy(PageAs::login, LinkedHashMap::new, Collectors.toList()));
    List<List<PageAs>> largestFirst = new ArrayList<>(byLogin.values());
    largestFirst.sort(Comparator.comparingInt(List<PageAs>::size).reversed());
    ExecutorService browsers = Executors.newFixedThreadPool(BROWSERS);
    try {
      List<Future<String>> found = new ArrayList<>();
      for (List<PageAs> ofOneLogin : largestFirst) {
        found.add(browsers.submit(() -> problemsOf(ofOneLogin, language, check)));
      }
      StringBuilder problems = new StringBuilder();
      for (Future<String> future : found) {
        problems.append(future.get());
      }
      return problems.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking pages", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a page check could not run", e.getCause());
    } finally {
      browsers.shutdownNow();
    }
  }

  private static String problemsOf(
      List<PageAs> pages, String language, BiFunction<Browser, PageAs, String> check) {
    StringBuilder problems = new StringBuilder();
    try (Browser browser = Browser.signedIn(pages.get(0).login())) {
      for (PageAs page : pages) {
        String found;
        try {
          browser.open(PortalHttp.PORTAL + page.page());
          browser.heading();
          browser.showIn(language);
          // An error page is accessible too: the page itself must have answered.
          long status = browser.status();
          found = status == 200 ? check.apply(browser, page) : "answered HTTP " + status;
        } catch (RuntimeException failed) {
          found = "the check failed: " + failed;
        }
        if (!found.isEmpty()) {
          problems.append(page).append(":\n").append(found).append("\n\n");
        }
      }
      if (!"fi".equals(language)) {
        // Back in Finnish, the browser serves the next test signed in as the same login.
        browser.open(PortalHttp.PORTAL);
        browser.showIn("fi");
      }
    }
    return problems.toString();
  }
}
