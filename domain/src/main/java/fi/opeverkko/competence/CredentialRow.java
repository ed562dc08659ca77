package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.time.LocalDateTime;

/**
 * A credential of the signed-in holder: its public id names its addresses ({@code
 * /credentials/<publicId>.json}, {@code .jwt}, and the verification page).
 */
@Published
public record CredentialRow(
    long badgeId,
    LocalizedName badgeName,
    Level level,
    int criteriaVersion,
    LocalDateTime grantedAt,
    String publicId,
    boolean revoked) {}
