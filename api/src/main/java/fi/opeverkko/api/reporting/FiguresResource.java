package fi.opeverkko.api.reporting;

import fi.opeverkko.api.Params;
import fi.opeverkko.api.ProblemResponses;
import fi.opeverkko.api.SchoolYears;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.reporting.DashboardQueries;
import fi.opeverkko.reporting.Grouping;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reporting figures of the target dashboard: a coordinator reads their city's, an admin a
 * city's or (no {@code city}) the network's.
 */
@Path("figures")
@RequestScoped
@Tag(name = "Figures", description = "The target dashboard's figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

  @Inject private DashboardQueries dashboards;
  @Inject private NetworkOverviewService network;

  /** The school year's ({@code year}, the current by default) figures by {@code grouping}. */
  @Operation(
      summary = "The target dashboard's figures",
      description =
          "grouping=NETWORK|CITY|SCHOOL_TYPE|LANGUAGE|SCHOOL (CITY by default), year= (the current by default), city= (a coordinator's own; an admin's choice or the network).")
  @APIResponse(responseCode = "200", description = "Read")
  @APIResponse(responseCode = "403", ref = ProblemResponses.REFUSED)
  @GET
  public FiguresJson figures(
      @QueryParam("year") String year,
      @QueryParam("grouping") String grouping,
      @QueryParam("city") String city) {
    Grouping by = Params.value(Grouping.class, grouping, "grouping");
    return FiguresJson.of(
        dashboards.dashboard(
            SchoolYears.orCurrent(Params.integer(year, "year"), network.currentSchoolYear()),
            by == null ? Grouping.CITY : by,
            Params.city(city)));
  }
}
