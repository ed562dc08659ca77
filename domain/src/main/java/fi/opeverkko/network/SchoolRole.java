package fi.opeverkko.network;

import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.platform.Published;
import java.util.EnumSet;
import java.util.Set;

/** What a person is in one school in one school year. */
@Published
public enum SchoolRole {
  PRINCIPAL(
      PortalRole.PRINCIPAL,
      0,
      Integer.MAX_VALUE,
      EnumSet.of(
          SchoolType.COMPREHENSIVE, SchoolType.GENERAL_UPPER_SECONDARY, SchoolType.VOCATIONAL)),
  DAY_CARE_MANAGER(
      PortalRole.DAY_CARE_MANAGER, 0, Integer.MAX_VALUE, EnumSet.of(SchoolType.DAY_CARE_UNIT)),
  /** 1–4 tutor teachers in every comprehensive school (seeds 000). */
  TUTOR(PortalRole.TUTOR, 1, 4, EnumSet.of(SchoolType.COMPREHENSIVE)),
  /** Two mentors in every general upper-secondary school (seeds 000, 001). */
  MENTOR(PortalRole.MENTOR, 2, 2, EnumSet.of(SchoolType.GENERAL_UPPER_SECONDARY)),
  COACH(PortalRole.COACH, 0, Integer.MAX_VALUE, EnumSet.of(SchoolType.VOCATIONAL)),
  DIGITAL_AGENT(PortalRole.DIGITAL_AGENT, 0, Integer.MAX_VALUE, EnumSet.of(SchoolType.VOCATIONAL)),
  /**
   * The teaching staff, as many as a school has, counted with the principals toward the competence
   * targets. Not in day care units: the targets are the schools' (seeds 000, 004: the
   * digitalisation programme of 2016–2019 and its teachers' survey cover comprehensive, upper
   * secondary and vocational education; day care joined only in 2018).
   */
  TEACHER(
      PortalRole.TEACHER,
      0,
      Integer.MAX_VALUE,
      EnumSet.of(
          SchoolType.COMPREHENSIVE, SchoolType.GENERAL_UPPER_SECONDARY, SchoolType.VOCATIONAL));

  private final PortalRole portalRole;
  private final int minPerSchoolYear;
  private final int maxPerSchoolYear;
  private final Set<SchoolType> schoolTypes;

  SchoolRole(
      PortalRole portalRole,
      int minPerSchoolYear,
      int maxPerSchoolYear,
      Set<SchoolType> schoolTypes) {
    this.portalRole = portalRole;
    this.minPerSchoolYear = minPerSchoolYear;
    this.maxPerSchoolYear = maxPerSchoolYear;
    this.schoolTypes = schoolTypes;
  }

  /** How many people a school of the right type should have in the role: fewer is a gap. */
  public int minPerSchoolYear() {
    return minPerSchoolYear;
  }

  /** How many people may hold the role in one school in one school year. */
  public int maxPerSchoolYear() {
    return maxPerSchoolYear;
  }

  /** Whether the role exists in a school of this type (no mentors in day care units). */
  public boolean existsIn(SchoolType type) {
    return schoolTypes.contains(type);
  }

  /** The role this assignment gives its holder in the portal. */
  public PortalRole portalRole() {
    return portalRole;
  }
}
