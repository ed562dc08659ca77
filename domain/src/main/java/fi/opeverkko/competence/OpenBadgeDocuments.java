package fi.opeverkko.competence;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.JsonBuilders;
import fi.opeverkko.platform.Letter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPOutputStream;

/**
 * The portal's Open Badges 3.0 documents as JSON: the credential of a grant ({@code
 * OpenBadgeCredential}, W3C Verifiable Credentials Data Model 2.0), the issuer's {@code Profile}, a
 * badge's {@code Achievement} on one version of its criteria, and the W3C Bitstring Status List
 * credential that publishes revocations. Texts are in Finnish, the network's working language; the
 * verification page shows the catalogue's names in the reader's language.
 */
final class OpenBadgeDocuments {

  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  static final String OB_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
  static final String ISSUER_NAME = "Opeverkko";

  private OpenBadgeDocuments() {}

  /** The credential of a grant, before signing; {@code version} is the one it was granted on. */
  static JsonObject credential(BadgeCredential credential, BadgeVersion version) {
    BadgeGrant grant = credential.getGrant();
    long index = credential.statusIndex();
    long list = index / BadgeCredential.STATUS_LIST_SIZE;
    String statusList = OpenBadgeAddresses.statusList(list);
    String granted = timestamp(grant.getGrantedAt());
    return JsonBuilders.object()
        .add("@context", JsonBuilders.array().add(VC_CONTEXT).add(OB_CONTEXT))
        .add("id", "urn:uuid:" + credential.getPublicId())
        .add("type", types("VerifiableCredential", "OpenBadgeCredential"))
        .add("name", grant.getBadge().getName().fi())
        .add("issuer", issuerReference())
        .add("validFrom", granted)
        .add("awardedDate", granted)
        .add(
            "credentialSubject",
            JsonBuilders.object()
                .add("type", types("AchievementSubject"))
                // The holder by name, in the clear: the credential exists to be shown to others.
                .add(
                    "identifier",
                    JsonBuilders.array()
                        .add(
                            JsonBuilders.object()
                                .add("type", "IdentityObject")
                                .add("hashed", false)
                                .add("identityHash", grant.getHolder().getFullName())
                                .add("identityType", "name")))
                .add("achievement", achievement(version)))
        .add(
            "credentialStatus",
            JsonBuilders.object()
                .add("id", statusList + "#" + index % BadgeCredential.STATUS_LIST_SIZE)
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                .add("statusListIndex", Long.toString(index % BadgeCredential.STATUS_LIST_SIZE))
                .add("statusListCredential", statusList))
        .add(
            "credentialSchema",
            JsonBuilders.array()
                .add(
                    JsonBuilders.object()
                        .add("id", OB_SCHEMA)
                        .add("type", "1EdTechJsonSchemaValidator2019")))
        .build();
  }

  /** A badge on one version of its criteria, which the credentials granted on it name. */
  static JsonObjectBuilder achievement(BadgeVersion version) {
    Badge badge = version.getBadge();
    String address = OpenBadgeAddresses.achievement(badge.getId(), version.getNumber());
    return JsonBuilders.object()
        .add("id", address)
        .add("type", types("Achievement"))
        .add("achievementType", "Badge")
        .add("name", badge.getName().fi())
        .add(
            "description",
            "Digiosaamisen taso " + badge.getLevel().number() + ": " + badge.getArea().fi())
        .add(
            "criteria",
            JsonBuilders.object()
                .add("id", address + "#criteria")
                .add("narrative", version.getCriteria().fi()))
        .add("version", Integer.toString(version.getNumber()))
        .add("inLanguage", "fi")
        .add("creator", issuerReference());
  }

  /** The issuer's profile: who signs, and where to read the keys. */
  static JsonObject issuerProfile() {
    return issuerReference()
        .add("@context", JsonBuilders.array().add(VC_CONTEXT).add(OB_CONTEXT))
        .add(
            "description",
            "Opettajien kehittämisverkoston portaali: digiosaamisen tasot ja osaamismerkit."
                + " Julkiset avaimet: "
                + OpenBadgeAddresses.keys())
        .build();
  }

  /**
   * A revocation status list: the bit of each credential whose index falls in the list is set when
   * it is revoked. W3C Bitstring Status List: the first index is the leftmost bit of the first
   * byte; the bits are gzipped and written as multibase base64url without padding.
   */
  static JsonObject statusList(long listNumber, BitSet revoked, LocalDateTime now) {
    String address = OpenBadgeAddresses.statusList(listNumber);
    return JsonBuilders.object()
        .add("@context", JsonBuilders.array().add(VC_CONTEXT))
        .add("id", address)
        .add("type", types("VerifiableCredential", "BitstringStatusListCredential"))
        .add("issuer", OpenBadgeAddresses.issuer())
        .add("validFrom", timestamp(now))
        .add(
            "credentialSubject",
            JsonBuilders.object()
                .add("id", address + "#list")
                .add("type", "BitstringStatusList")
                .add("statusPurpose", "revocation")
                .add("encodedList", "u" + encode(revoked)))
        .build();
  }

  private static JsonObjectBuilder issuerReference() {
    return JsonBuilders.object()
        .add("id", OpenBadgeAddresses.issuer())
        .add("type", types("Profile"))
        .add("name", ISSUER_NAME)
        .add("url", Letter.linkTo(""));
  }

  private static JsonArrayBuilder types(String... types) {
    JsonArrayBuilder array = JsonBuilders.array();
    for (String type : types) {
      array.add(type);
    }
    return array;
  }

  /** A time of the network's clock as a UTC timestamp with seconds, as the data model asks. */
  static String timestamp(LocalDateTime networkTime) {
    return DateTimeFormatter.ISO_INSTANT.format(
        networkTime.atZone(Clock.NETWORK_ZONE).toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  private static String encode(BitSet revoked) {
    byte[] bits = new byte[BadgeCredential.STATUS_LIST_SIZE / 8];
    revoked.stream().forEach(bit -> bits[bit / 8] |= (byte) (0x80 >>> (bit % 8)));
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
  }
}
