package fi.opeverkko.web.competence;

import fi.opeverkko.competence.CredentialCheck;
import fi.opeverkko.competence.CredentialService;
import fi.opeverkko.web.common.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Revokes a badge credential ({@code ?id=<public id>}) with a reason: for admins and the granting
 * community, whom the service alone lets in (anyone else gets 403 on opening). Reached from the
 * public verification page.
 */
@Named
@ViewScoped
public class RevokeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CredentialService credentials;
  @Inject private Actions actions;

  private String id;
  private CredentialCheck check;
  private String reason;

  public void load() {
    check = credentials.forRevocation(id);
  }

  public void revoke() {
    if (actions.run(() -> credentials.revoke(id, reason), "credential.revoked")) {
      check = credentials.forRevocation(id);
      reason = null;
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CredentialCheck getCheck() {
    return check;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
