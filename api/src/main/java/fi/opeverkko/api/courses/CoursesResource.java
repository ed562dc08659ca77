package fi.opeverkko.api.courses;

import fi.opeverkko.api.PageOf;
import fi.opeverkko.api.Paging;
import fi.opeverkko.api.Params;
import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.CourseFilter;
import fi.opeverkko.courses.CoursePage;
import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.network.TeachingLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The course catalogue (public, without a token) and the caller's own sign-ups (with one). */
@Path("courses")
@RequestScoped
@Tag(name = "Courses", description = "The course catalogue and the caller's own sign-ups")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

  @Inject private CourseQueries courses;

  /**
   * A page of the catalogue by first day, narrowed by {@code level}, {@code language} and courses
   * still running on or after {@code from} (ISO date).
   */
  @Operation(
      summary = "A page of the course catalogue",
      description =
          "By first day; level=BASIC|ADVANCED|DEVELOPER, language=FI|SV, from=an ISO date. Public: no token needed.")
  @SecurityRequirementsSet
  @GET
  public PageOf<CourseJson> catalogue(
      @QueryParam("level") String level,
      @QueryParam("language") String language,
      @QueryParam("from") String from,
      @BeanParam Paging paging) {
    paging.checked();
    CourseFilter filter =
        new CourseFilter(
            Params.value(Level.class, level, "level"),
            Params.value(TeachingLanguage.class, language, "language"),
            Params.date(from, "from"),
            null,
            null,
            null,
            null);
    CoursePage page = courses.openCatalogue(filter, paging.first(), paging.limit());
    return PageOf.of(page.rows().stream().map(CourseJson::of).toList(), paging, page.total());
  }

  /** The caller's own sign-ups, as on "My courses". */
  @Operation(summary = "The caller's own course sign-ups")
  @GET
  @Path("sign-ups")
  public PageOf<SignUpJson> mySignUps(@BeanParam Paging paging) {
    paging.checked();
    return PageOf.cut(courses.mySignUps(), paging, SignUpJson::of);
  }
}
