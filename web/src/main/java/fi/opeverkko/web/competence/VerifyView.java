package fi.opeverkko.web.competence;

import fi.opeverkko.competence.CredentialCheck;
import fi.opeverkko.competence.CredentialService;
import fi.opeverkko.web.common.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The public verification page of a badge credential ({@code ?id=<public id>}), which its holder
 * shares: no sign-in. The service checks the signature and the status list on the server each time
 * the page is opened; an id never issued is 404.
 */
@Named
@RequestScoped
public class VerifyView {

  @Inject private CredentialService credentials;

  private String id;
  private CredentialCheck check;

  public void load() throws IOException {
    check = credentials.check(id).orElse(null);
    if (check == null) {
      Responses.notFound();
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

  /** The credential's JSON download, for its holder to keep or hand to a wallet. */
  public String getJsonAddress() {
    return "/credentials/" + check.publicId() + ".json";
  }

  /** The signed form (VC-JOSE), what a verifier outside the portal checks. */
  public String getSignedAddress() {
    return "/credentials/" + check.publicId() + ".jwt";
  }
}
