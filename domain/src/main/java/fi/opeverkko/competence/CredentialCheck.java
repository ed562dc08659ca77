package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the public verification page shows of a credential: who issued which badge on which version
 * of its criteria to whom and when (the holder's name and the date as signed), and whether it
 * holds. No reason for a revocation: that stays in the portal.
 *
 * @param badgeName the badge's name in the catalogue, in the portal's three languages
 * @param revokedAt when it was revoked, or null
 */
@Published
public record CredentialCheck(
    String publicId,
    CredentialState state,
    String issuerName,
    LocalizedName badgeName,
    Level level,
    int criteriaVersion,
    String recipientName,
    LocalDateTime awardedAt,
    LocalDateTime revokedAt)
    implements Serializable {}
