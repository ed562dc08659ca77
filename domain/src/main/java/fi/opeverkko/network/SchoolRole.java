package fi.opeverkko.network;

import fi.opeverkko.identity.PortalRole;

/** What a person is in one school in one school year. */
public enum SchoolRole {
  PRINCIPAL(PortalRole.PRINCIPAL),
  DAY_CARE_MANAGER(PortalRole.DAY_CARE_MANAGER),
  TUTOR(PortalRole.TUTOR),
  MENTOR(PortalRole.MENTOR),
  COACH(PortalRole.COACH),
  DIGITAL_AGENT(PortalRole.DIGITAL_AGENT);

  private final PortalRole portalRole;

  SchoolRole(PortalRole portalRole) {
    this.portalRole = portalRole;
  }

  /** The role this assignment gives its holder in the portal. */
  public PortalRole portalRole() {
    return portalRole;
  }
}
