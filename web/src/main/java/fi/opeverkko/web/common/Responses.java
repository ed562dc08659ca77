package fi.opeverkko.web.common;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers a page gives instead of itself. */
public final class Responses {

  private Responses() {}

  /** The portal's 404 page, for a page asked about something that does not exist. */
  public static void notFound() throws IOException {
    send(HttpServletResponse.SC_NOT_FOUND);
  }

  /** The portal's 403 page, for a page whose roles let the user in but whose object does not. */
  public static void forbidden() throws IOException {
    send(HttpServletResponse.SC_FORBIDDEN);
  }

  private static void send(int status) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(status, null);
    faces.responseComplete();
  }
}
