package fi.opeverkko.api.visits;

import fi.opeverkko.api.ApiException;
import fi.opeverkko.api.InvalidFields;
import fi.opeverkko.api.PageOf;
import fi.opeverkko.api.Paging;
import fi.opeverkko.api.Params;
import fi.opeverkko.api.Problem;
import fi.opeverkko.api.ProblemResponses;
import fi.opeverkko.visits.SchoolVisitQueries;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitPageQueries;
import fi.opeverkko.visits.VisitService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Training visits as the visit pages show them: a school's requests to its requesters and its
 * city's coordinator, one visit to whoever may open its page, and a new request sent by a requester
 * of the school (principal, day-care manager, tutor).
 */
@Path("visits")
@RequestScoped
@Tag(
    name = "Visits",
    description = "Training visits: read as on the visit pages, requested by a school")
@Produces(MediaType.APPLICATION_JSON)
public class VisitsResource {

  @Inject private SchoolVisitQueries schoolVisits;
  @Inject private VisitPageQueries visitPages;
  @Inject private VisitService visits;
  @Inject private Validator validator;

  /** A page of the school's visits, newest first. */
  @Operation(
      summary = "A page of a school's visits",
      description =
          "Newest first; for the school's requesters (principal, day-care manager, tutor) and its city's coordinator and system.")
  @APIResponse(responseCode = "200", description = "Read")
  @APIResponse(responseCode = "403", ref = ProblemResponses.REFUSED)
  @GET
  public PageOf<VisitJson> ofSchool(@QueryParam("school") String school, @BeanParam Paging paging) {
    paging.checked();
    Long schoolId = Params.id(school, "school");
    if (schoolId == null) {
      throw new ApiException(400, "schoolRequired");
    }
    return PageOf.of(
        schoolVisits.ofSchool(schoolId, paging.first(), paging.limit()).stream()
            .map(VisitJson::of)
            .toList(),
        paging,
        schoolVisits.countOfSchool(schoolId));
  }

  @Operation(summary = "One visit", description = "For whoever may open its page.")
  @APIResponse(responseCode = "200", description = "Read")
  @APIResponse(responseCode = "403", ref = ProblemResponses.REFUSED)
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
  @Operation(
      summary = "Send a training request",
      description =
          "As the request form's send: a requester of the school (principal, day-care manager, tutor) with their own token. 201 with the visit and its address; 400 with the fields at fault; 422 for a broken rule; 403 for another school or a read-only system.")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "Sent to the team")
  @APIResponse(
      responseCode = "400",
      description = "Bad input: unknown fields, wrong types, malformed JSON, fields at fault",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "invalid", value = ProblemResponses.INVALID)))
  @APIResponse(responseCode = "413", description = "A body over 64 KiB")
  @APIResponse(responseCode = "422", description = "A rule of the request form broken")
  public Response request(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = NewVisit.class),
                      examples = @ExampleObject(name = "request", value = NewVisit.EXAMPLE)))
          NewVisit body,
      @Context UriInfo uri) {
    if (body == null) {
      throw new ApiException(400, "bodyRequired");
    }
    VisitDetails details = body.details();
    Set<ConstraintViolation<VisitDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new InvalidFields(violations);
    }
    Long id = visits.request(details);
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(VisitJson.of(visitPages.visit(id).request()))
        .build();
  }
}
