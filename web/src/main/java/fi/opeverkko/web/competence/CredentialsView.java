package fi.opeverkko.web.competence;

import fi.opeverkko.competence.CredentialRow;
import fi.opeverkko.competence.CredentialService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The signed-in teacher's badge credentials: for each badge they hold, the public verification page
 * to share and the credential to download.
 */
@Named
@RequestScoped
public class CredentialsView {

  @Inject private CredentialService credentials;

  private List<CredentialRow> rows;

  @PostConstruct
  void load() {
    rows = credentials.mine();
  }

  public List<CredentialRow> getRows() {
    return rows;
  }
}
