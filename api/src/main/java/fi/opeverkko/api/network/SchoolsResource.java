package fi.opeverkko.api.network;

import fi.opeverkko.api.ApiException;
import fi.opeverkko.api.PageOf;
import fi.opeverkko.api.Paging;
import fi.opeverkko.api.Params;
import fi.opeverkko.api.ProblemResponses;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.AssignmentService;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolFilter;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.SchoolRegistry;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Schools and their network roles, as the directory pages show them: a city's coordinator (and an
 * admin) reads a city's schools, everybody else the schools they hold a role in.
 */
@Path("schools")
@RequestScoped
@Tag(name = "Schools", description = "Schools and their network roles in the current school year")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolsResource {

  private static final Set<PortalRole> CITY_READERS =
      Set.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR);

  @Inject private CurrentUser currentUser;
  @Inject private SchoolRegistry registry;
  @Inject private AssignmentService assignments;
  @Inject private NetworkOverviewService network;

  /**
   * A page of schools by Finnish name: a city's ({@code city}, a coordinator's own by default) for
   * coordinators and admins, the caller's own otherwise.
   */
  @Operation(
      summary = "A page of schools",
      description =
          "A city's schools (city=, a coordinator's own by default; an admin names one) for coordinators, admins and the cities' systems; the caller's own schools for everybody else.")
  @APIResponse(responseCode = "200", description = "Read")
  @APIResponse(responseCode = "403", ref = ProblemResponses.REFUSED)
  @GET
  public PageOf<SchoolJson> schools(@QueryParam("city") String city, @BeanParam Paging paging) {
    paging.checked();
    SignedInUser user = currentUser.get();
    if (!user.hasAny(CITY_READERS)) {
      return PageOf.cut(network.mySchools(), paging, own -> SchoolJson.of(own.school()));
    }
    SchoolFilter filter = new SchoolFilter(cityOf(user, city), null, null, null);
    return PageOf.of(
        registry.search(filter, paging.first(), paging.limit()).stream()
            .map(SchoolJson::of)
            .toList(),
        paging,
        registry.count(filter));
  }

  /** A school with this school year's network roles: for its city's coordinator and its people. */
  @Operation(
      summary = "A school with its network roles",
      description =
          "Who is principal, tutor, mentor... there this school year: for its city's coordinator and system, and its own people.")
  @APIResponse(responseCode = "200", description = "Read")
  @APIResponse(responseCode = "403", ref = ProblemResponses.REFUSED)
  @GET
  @Path("{id}")
  public SchoolRolesJson school(@PathParam("id") long id) {
    SchoolYear year = network.currentSchoolYear();
    SchoolOverview overview =
        currentUser.get().hasAny(CITY_READERS)
            ? assignments.school(id, year)
            : network.mySchools().stream()
                .filter(own -> own.school().getId() == id)
                .findFirst()
                .orElseThrow(() -> currentUser.refuse("school " + id));
    return SchoolRolesJson.of(overview, year.startYear());
  }

  private static String cityOf(SignedInUser user, String asked) {
    String city = asked != null ? Params.city(asked) : user.cityCode();
    if (city == null) {
      throw new ApiException(400, "cityRequired");
    }
    return city;
  }
}
