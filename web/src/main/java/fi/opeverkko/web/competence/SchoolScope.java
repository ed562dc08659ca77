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
 * The school a principal's competence page acts on: the one the address names ({@code ?school=},
 * for admins), else the principal's own (the first, should they lead two). The services decide
 * whether the user may read it.
 */
@Dependent
public class SchoolScope implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserSession userSession;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;

  private Long id;
  private School school;

  /**
   * Finds the school: the one the address names (the services refuse it unless the user is its
   * principal or an admin), else the user's own as principal; null when there is none.
   */
  public School read() {
    if (id != null) {
      school = references.school(id).orElse(null);
    } else if (!userSession.has("ADMIN")) {
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
