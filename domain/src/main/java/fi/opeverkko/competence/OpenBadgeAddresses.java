package fi.opeverkko.competence;

import fi.opeverkko.platform.Letter;

/**
 * The stable public addresses of the portal's Open Badges: under {@code /credentials/} (served
 * without sign-in) and the verification page. They are written into every credential, so they may
 * never move; they follow the portal's public address ({@code opeverkko.portal-url}).
 */
final class OpenBadgeAddresses {

  static final String ROOT = "credentials/";

  private OpenBadgeAddresses() {}

  /** The issuer's Open Badges {@code Profile}. */
  static String issuer() {
    return Letter.linkTo(ROOT + "issuer.json");
  }

  /** The issuer's public keys, as a JSON Web Key Set. */
  static String keys() {
    return Letter.linkTo(ROOT + "jwks.json");
  }

  /** A badge as it was on a version of its criteria: an Open Badges {@code Achievement}. */
  static String achievement(long badgeId, int criteriaVersion) {
    return Letter.linkTo(ROOT + "achievements/" + badgeId + "/" + criteriaVersion + ".json");
  }

  /** A revocation status list credential (a signed JWS). */
  static String statusList(long listNumber) {
    return Letter.linkTo(ROOT + "status/" + listNumber);
  }

  static String credentialJson(String publicId) {
    return Letter.linkTo(ROOT + publicId + ".json");
  }

  /** The page anyone may open to see whether the credential holds. */
  static String verificationPage(String publicId) {
    return Letter.linkTo("competence/verify.xhtml?id=" + publicId);
  }
}
