package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;

/**
 * A member of the granting community.
 *
 * @param founding named by an admin
 * @param holdsEveryBadge holds every current badge of the three levels
 */
@Published
public record CommunityMember(
    long personId, String name, boolean founding, boolean holdsEveryBadge) {}
