package fi.opeverkko.identity;

/**
 * What a signed-in user may act as. {@link #ADMIN} and {@link #CITY_COORDINATOR} come from Keycloak
 * realm roles; all the others come from the person's place in the network (their school assignments
 * and team memberships in the current school year).
 */
public enum PortalRole {
  ADMIN,
  CITY_COORDINATOR,
  PRINCIPAL,
  DAY_CARE_MANAGER,
  TUTOR,
  MENTOR,
  COACH,
  DIGITAL_AGENT,
  EXPERT,
  TEAM_LEADER,
  /** A member of a school's teaching staff: applies for competence badges. */
  TEACHER
}
