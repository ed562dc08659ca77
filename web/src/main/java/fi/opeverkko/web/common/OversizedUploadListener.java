package fi.opeverkko.web.common;

import fi.opeverkko.platform.FileRules;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Says on the page the user was sent back to that their files were not sent, when {@link
 * OversizedUploadFilter} refused the post: once, in the user's language.
 */
public class OversizedUploadListener implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Inject private transient Texts texts;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // The session as it is: a page without one (the public verification page) gets none here.
    HttpSession session =
        ((HttpServletRequest) event.getFacesContext().getExternalContext().getRequest())
            .getSession(false);
    if (session != null && session.getAttribute(OversizedUploadFilter.REFUSED) != null) {
      session.removeAttribute(OversizedUploadFilter.REFUSED);
      texts.errorKey("file.postTooLarge", FileRules.MAX_MEGABYTES);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing to do once the page is drawn.
  }
}
