package fi.opeverkko.web.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.Optional;

/**
 * The pages' old addresses, from before the pages were laid out by context: each answers with a
 * permanent redirect (301) to where its page lives now, query kept, so that links in letters
 * already sent, in calendars and in bookmarks keep working.
 *
 * <p>Runs as an Undertow handler ahead of the sign-in and the access filter. The redirect carries
 * no page, only the new address, which the access filter then decides on as on any request; and a
 * link opened before signing in goes to the sign-in from its new address, so {@link SignInReturn}
 * keeps its query for the page it will land on.
 */
public class MovedPages implements ServletExtension {

  /** Old address to new, as paths in the webapp (normalised: lower case). */
  static final Map<String, String> MOVED =
      Map.ofEntries(
          Map.entry("/coordinator/city.xhtml", "/network/city.xhtml"),
          Map.entry("/coordinator/coverage.xhtml", "/network/coverage.xhtml"),
          Map.entry("/coordinator/import.xhtml", "/network/import.xhtml"),
          Map.entry("/coordinator/people.xhtml", "/network/people.xhtml"),
          Map.entry("/coordinator/person.xhtml", "/network/person.xhtml"),
          Map.entry("/coordinator/school.xhtml", "/network/school.xhtml"),
          Map.entry("/coordinator/school-edit.xhtml", "/network/school-edit.xhtml"),
          Map.entry("/principal/tutors.xhtml", "/network/tutor-proposals.xhtml"),
          Map.entry("/team.xhtml", "/network/team.xhtml"),
          Map.entry("/teams.xhtml", "/network/teams.xhtml"),
          Map.entry("/coordinator/visits.xhtml", "/visits/city-visits.xhtml"),
          Map.entry("/visits/school.xhtml", "/visits/school-visits.xhtml"),
          Map.entry("/visits/team.xhtml", "/visits/inbox.xhtml"),
          Map.entry("/coordinator/plans.xhtml", "/plans/city-plans.xhtml"),
          Map.entry("/network/meetings.xhtml", "/plans/meetings.xhtml"),
          Map.entry("/plans/index.xhtml", "/plans/my-plans.xhtml"));

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    String contextPath = context.getContextPath();
    deployment.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              Optional<String> moved =
                  isRead(exchange.getRequestMethod())
                      ? movedTo(exchange.getRelativePath())
                      : Optional.empty();
              if (moved.isEmpty()) {
                next.handleRequest(exchange);
                return;
              }
              String query = exchange.getQueryString();
              exchange.setStatusCode(StatusCodes.MOVED_PERMANENTLY);
              exchange
                  .getResponseHeaders()
                  .put(
                      Headers.LOCATION,
                      contextPath + moved.get() + (query.isEmpty() ? "" : "?" + query));
              exchange.endExchange();
            });
  }

  /** Only reading a page is redirected: a form posted to an old address has no view to go to. */
  private static boolean isRead(HttpString method) {
    return Methods.GET.equals(method) || Methods.HEAD.equals(method);
  }

  /** The new address of a page that moved, for any spelling of its old one. */
  static Optional<String> movedTo(String path) {
    return Optional.ofNullable(MOVED.get(Page.normalise(path)));
  }
}
