package fi.opeverkko.visits.archfixture;

import fi.opeverkko.network.School;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A REST resource that hands out an entity. */
@Path("schools")
public class SchoolResource {

  @GET
  School school() {
    return null;
  }
}
