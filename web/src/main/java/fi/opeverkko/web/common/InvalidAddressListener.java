package fi.opeverkko.web.common;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers 400 for a page opened with a parameter its view cannot convert ({@code ?id=1'}, a 5,000
 * digit id, {@code ?year=abc}), for every page at once: the page itself would otherwise be drawn
 * without the object it is about, and break.
 */
public class InvalidAddressListener implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    // On a first request only the view parameters are validated; a postback's own validation
    // errors are shown on its form as usual.
    if (!faces.isPostback() && faces.isValidationFailed()) {
      try {
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing to do once the page is drawn.
  }
}
