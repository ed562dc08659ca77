package fi.opeverkko.api.competence;

import fi.opeverkko.competence.CatalogueService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The badge catalogue (badges in force), open to every caller as on the catalogue page. */
@Path("badges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BadgesResource {

  @Inject private CatalogueService catalogue;

  /** Every badge in force, by level, area and name. */
  @GET
  public List<BadgeJson> badges() {
    return catalogue.catalogue(false).stream().map(BadgeJson::of).toList();
  }
}
