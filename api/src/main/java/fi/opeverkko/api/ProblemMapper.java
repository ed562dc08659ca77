package fi.opeverkko.api;

import fi.opeverkko.api.Problem.FieldProblem;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.platform.RuleException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of a call as a problem document in the caller's language, never a stack trace:
 * refusals 403, unknown objects 404, broken rules 422, bad input 400 with the fields at fault, what
 * the API refuses itself with its status, and the unexpected 500 (logged). EJB wraps what it does
 * not know as an application exception, so the first known cause decides.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context private HttpHeaders headers;
  @Context private Request request;

  @Override
  public Response toResponse(Throwable thrown) {
    Problems problems = new Problems(Languages.of(headers.getAcceptableLanguages()));
    Problem problem = problemOf(thrown, problems, HttpMethod.GET.equals(request.getMethod()));
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (thrown instanceof WebApplicationException web) {
      web.getResponse()
          .getHeaders()
          .forEach((name, values) -> copyAllowHeader(response, name, values));
    }
    return response.build();
  }

  private static void copyAllowHeader(
      Response.ResponseBuilder response, String name, List<Object> values) {
    if (HttpHeaders.ALLOW.equalsIgnoreCase(name)) {
      values.forEach(value -> response.header(name, value));
    }
  }

  /**
   * The problem of the most telling cause: a refusal, rule or field error anywhere in the chain (a
   * JSON reader wraps what it met), else the first unreadable body or HTTP error, else 500.
   */
  private static Problem problemOf(Throwable thrown, Problems problems, boolean read) {
    for (Throwable cause = thrown; cause != null; cause = next(cause)) {
      Problem specific = specific(cause, problems, read);
      if (specific != null) {
        return specific;
      }
    }
    for (Throwable cause = thrown; cause != null; cause = next(cause)) {
      if (unreadable(cause)) {
        return problems.of(400, "unreadableBody");
      }
    }
    if (thrown instanceof WebApplicationException web) {
      return problems.of(web.getResponse().getStatus(), null);
    }
    LOG.log(Level.SEVERE, "API call failed", thrown);
    return problems.of(500, "unexpected");
  }

  private static Throwable next(Throwable thrown) {
    return thrown.getCause() == thrown ? null : thrown.getCause();
  }

  /**
   * A cause the API names itself. A rule naming an unknown object is a 404 when read; in a body
   * sent (an unknown school or team asked for) it is the body's fault, 422 as other rules.
   */
  private static Problem specific(Throwable cause, Problems problems, boolean read) {
    if (cause instanceof ApiException api) {
      return problems.of(api.status(), api.key(), api.arguments());
    }
    if (cause instanceof AccessDeniedException) {
      return problems.of(403, "forbidden");
    }
    if (cause instanceof RuleException rule) {
      return problems.of(
          read && rule.messageKey().contains("noSuch") ? 404 : 422,
          rule.messageKey(),
          rule.arguments().toArray());
    }
    if (cause instanceof ConstraintViolationException invalid) {
      return problems.withErrors(
          400, "invalid", fields(invalid.getConstraintViolations(), problems));
    }
    if (cause instanceof InvalidFields invalid) {
      return problems.withErrors(400, "invalid", fields(invalid.violations(), problems));
    }
    return null;
  }

  private static boolean unreadable(Throwable cause) {
    return cause instanceof JsonbException
        || cause instanceof JsonParsingException
        || cause instanceof ProcessingException;
  }

  private static List<FieldProblem> fields(
      Set<? extends ConstraintViolation<?>> violations, Problems problems) {
    return violations.stream()
        .map(violation -> new FieldProblem(field(violation), problems.message(violation)))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
  }

  /** The last node of the path: the body's field, not the Java method's parameter chain. */
  private static String field(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
