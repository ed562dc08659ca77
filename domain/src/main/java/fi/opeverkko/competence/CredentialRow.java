package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;

/**
 * A credential of the signed-in holder: its public id names its addresses ({@code
 * /credentials/<publicId>.json}, {@code .jwt}, and the verification page).
 */
@Published
public record CredentialRow(long badgeId, String publicId, boolean revoked) {}
