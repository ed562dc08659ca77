package fi.opeverkko.api.visits;

import fi.opeverkko.api.ApiException;
import fi.opeverkko.api.PageOf;
import fi.opeverkko.api.Paging;
import fi.opeverkko.api.Params;
import fi.opeverkko.visits.SchoolVisitQueries;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitPageQueries;
import fi.opeverkko.visits.VisitService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/**
 * Training visits as the visit pages show them: a school's requests to its requesters and its
 * city's coordinator, one visit to whoever may open its page, and a new request sent by a requester
 * of the school (principal, day-care manager, tutor).
 */
@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VisitsResource {

  @Inject private SchoolVisitQueries schoolVisits;
  @Inject private VisitPageQueries visitPages;
  @Inject private VisitService visits;
  @Inject private Validator validator;

  /** A page of the school's visits, newest first. */
  @GET
  public PageOf<VisitJson> ofSchool(@QueryParam("school") String school, @BeanParam Paging paging) {
    paging.checked();
    Long schoolId = Params.id(school, "school");
    if (schoolId == null) {
      throw new ApiException(400, "schoolRequired");
    }
    return PageOf.cut(schoolVisits.ofSchool(schoolId), paging, VisitJson::of);
  }

  @GET
  @Path("{id}")
  public VisitJson visit(@PathParam("id") long id) {
    return VisitJson.of(visitPages.visit(id).request());
  }

  /**
   * Sends a training request to the team, as the request form's "send" does; answers 201 with the
   * visit and its address. Bad fields are answered with 400 and each field's fault, a broken rule
   * (dates the wrong way round, a school that is not the caller's) with 422 or 403.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(NewVisit body, @Context UriInfo uri) {
    if (body == null) {
      throw new ApiException(400, "bodyRequired");
    }
    VisitDetails details = body.details();
    Set<ConstraintViolation<VisitDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    Long id = visits.request(details);
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(VisitJson.of(visitPages.visit(id).request()))
        .build();
  }
}
