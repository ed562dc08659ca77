package fi.opeverkko.web.competence;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.web.security.UserSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * The school a principal's competence page acts on: an admin's the one the address names ({@code
 * ?school=}), a principal's their own (the first, should they lead two). The services check again.
 */
@Dependent
public class SchoolScope implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserSession userSession;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;

  private Long id;
  private School school;

  /** Finds the school; null when the user has none to act on (an admin who named none). */
  public School read() {
    if (userSession.has("ADMIN")) {
      school = id == null ? null : references.school(id).orElse(null);
    } else {
      school =
          network.mySchools().stream()
              .filter(overview -> overview.myRoles().contains(SchoolRole.PRINCIPAL))
              .map(overview -> overview.school())
              .findFirst()
              .orElse(null);
    }
    return school;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The school once read, or null. */
  public School getSchool() {
    return school;
  }

  public Long schoolId() {
    return school.getId();
  }
}
