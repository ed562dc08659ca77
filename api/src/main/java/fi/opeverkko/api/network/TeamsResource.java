package fi.opeverkko.api.network;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.TeamService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The expert teams and their topic catalogues: the directory every signed-in caller reads. */
@Path("teams")
@RequestScoped
@Tag(name = "Teams", description = "The expert teams and their topic catalogues")
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

  @Inject private NetworkOverviewService network;
  @Inject private TeamService teams;

  /** Every expert team with its leader and this year's number of members (five: no paging). */
  @Operation(summary = "Every expert team")
  @GET
  public List<TeamJson> teams() {
    return network.allTeams().stream().map(TeamJson::of).toList();
  }

  /** The topics the team offers now. */
  @Operation(summary = "The topics a team offers")
  @GET
  @Path("{id}/topics")
  public List<TopicJson> topics(@PathParam("id") long id) {
    return teams.offeredTopics(Set.of(id)).stream().map(TopicJson::of).toList();
  }
}
