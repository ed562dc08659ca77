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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The badge catalogue (badges in force), public: the one resource that answers without a token
 * (web.xml leaves it out of the constraint; in the OpenAPI document an empty security requirement
 * says a token is optional).
 */
@Path("badges")
@RequestScoped
@Tag(name = "Badges", description = "The competence badge catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class BadgesResource {

  @Inject private CatalogueService catalogue;

  /** Every badge in force, by level, area and name. */
  @Operation(
      summary = "The badges in force",
      description = "Public: with or without a token. By level, area and name.")
  @SecurityRequirementsSet
  @GET
  public List<BadgeJson> badges() {
    return catalogue.inForce().stream().map(BadgeJson::of).toList();
  }
}
