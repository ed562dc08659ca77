package fi.opeverkko.api.plans;

import fi.opeverkko.api.ApiException;
import fi.opeverkko.api.Params;
import fi.opeverkko.api.ProblemResponses;
import fi.opeverkko.api.SchoolYears;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.plans.PlanQueries;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tutor plan standings of a city, as its plans overview counts them: coordinators, admins. */
@Path("plan-standings")
@RequestScoped
@Tag(name = "Plans", description = "Tutor activity plan standings of a city")
@Produces(MediaType.APPLICATION_JSON)
public class PlanStandingsResource {

  @Inject private PlanQueries plans;
  @Inject private CurrentUser currentUser;
  @Inject private NetworkOverviewService network;

  /** The city's ({@code city}, a coordinator's own by default) standings in the school year. */
  @Operation(
      summary = "Tutor plan standings of a city",
      description =
          "The number of the city's comprehensive schools per standing in a school year (year=2025 for 2025-2026; the current by default).")
  @APIResponse(responseCode = "200", description = "Read")
  @APIResponse(responseCode = "403", ref = ProblemResponses.REFUSED)
  @GET
  public PlanStandingsJson standings(
      @QueryParam("city") String city, @QueryParam("year") String year) {
    String cityCode = city != null ? Params.city(city) : currentUser.get().cityCode();
    if (cityCode == null) {
      throw new ApiException(400, "cityRequired");
    }
    SchoolYear schoolYear =
        SchoolYears.orCurrent(Params.integer(year, "year"), network.currentSchoolYear());
    Map<String, Long> schools = new LinkedHashMap<>();
    plans
        .cityStandings(cityCode, schoolYear)
        .forEach((standing, n) -> schools.put(standing.name(), n));
    return new PlanStandingsJson(cityCode, schoolYear.startYear(), schools);
  }
}
