package fi.opeverkko.it;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One signed-in browser per login, shared by a test class's page checks: signing in is most of the
 * time of a check that only reads a page. Close it after the class ({@code @AfterAll}).
 */
final class SignedInBrowsers implements AutoCloseable {

  private final Map<String, Browser> byLogin = new LinkedHashMap<>();

  /** The browser signed in as this login, signing in on first use. */
  Browser of(String login) {
    return byLogin.computeIfAbsent(login, Browser::signedIn);
  }

  @Override
  public void close() {
    byLogin.values().forEach(Browser::close);
    byLogin.clear();
  }
}
