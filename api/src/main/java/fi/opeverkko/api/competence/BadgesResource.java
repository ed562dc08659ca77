package fi.opeverkko.api.competence;

import fi.opeverkko.competence.CatalogueService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The badge catalogue (badges in force), open to every caller as on the catalogue page. */
@Path("badges")
@RequestScoped
@Tag(name = "Badges", description = "The competence badge catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class BadgesResource {

  @Inject private CatalogueService catalogue;

  /** Every badge in force, by level, area and name. */
  @Operation(summary = "The badges in force")
  @GET
  public List<BadgeJson> badges() {
    return catalogue.catalogue(false).stream().map(BadgeJson::of).toList();
  }
}
