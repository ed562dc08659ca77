package fi.opeverkko.web.pilots;

import fi.opeverkko.pilots.PilotQueries;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Whether the navigation offers the user's pilot project (a project they teach in, or their school
 * as its principal, to start one): asked once a session, not on every page.
 */
@Named
@SessionScoped
public class PilotMenu implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PilotQueries queries;

  private Boolean pilot;

  public boolean isPilot() {
    if (pilot == null) {
      pilot = queries.mySchool().isPresent();
    }
    return pilot;
  }
}
