package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import fi.opeverkko.competence.ApplicationService;
import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.competence.CommunityService;
import fi.opeverkko.competence.CompetenceRuleException;
import fi.opeverkko.competence.CredentialCheck;
import fi.opeverkko.competence.CredentialRow;
import fi.opeverkko.competence.CredentialService;
import fi.opeverkko.competence.CredentialState;
import fi.opeverkko.competence.EvidenceDetails;
import fi.opeverkko.competence.Level;
import fi.opeverkko.competence.LevelService;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.it.CompetenceWorld.Someone;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Open Badges 3.0 in the container: a grant is issued as a credential that an independent verifier
 * accepts (Nimbus with the key set fetched from the portal's public address, 1EdTech's JSON
 * schema), a tampered one fails, revocation reaches the status list and the public page, and the
 * refusals. The documents are read over HTTP without sign-in, as a verifier outside the portal
 * reads them.
 */
@ExtendWith(ArquillianExtension.class)
class OpenBadgesIT {

  private static final String PORTAL = "http://localhost:8080";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private CatalogueService catalogue;
  @Inject private ApplicationService applications;
  @Inject private CommunityService community;
  @Inject private CredentialService credentials;
  @Inject private LevelService levels;
  @Inject private CompetenceWorld world;
  @Inject private OpenBadgesWorld forger;
  @Inject private Clock clock;

  private Someone teacher;
  private Someone founder;
  private Someone principal;

  /** The demo's catalogue and founding members back, for the tests after this class. */
  @AfterEach
  void demoCatalogueBack() {
    world.restore();
  }

  @BeforeEach
  void cleanSlate() {
    world.cleanSlate();
    SchoolYear year = clock.currentSchoolYear();
    Long school = world.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    Long other = world.school("HELSINKI", SchoolType.GENERAL_UPPER_SECONDARY, TeachingLanguage.SV);
    teacher = world.person("obteacher", school, SchoolRole.TEACHER, year);
    principal = world.person("obprincipal", school, SchoolRole.PRINCIPAL, year);
    founder = world.person("obfounder", other, SchoolRole.TEACHER, year);
  }

  /** A badge granted to the teacher by the founder; the teacher's credential of it. */
  private CredentialRow granted() {
    signInAs.admin("admin-ob", "Olli Admin");
    community.addFoundingMember(founder.id());
    Long badge =
        catalogue.create(
            new BadgeDetails(
                Level.BASIC,
                new LocalizedName("Oppimisympäristöt", "Lärmiljöer", "Learning environments"),
                new LocalizedName("Pilvipalvelut", "Molntjänster", "Cloud services"),
                new LocalizedText("Käyttää pilvipalveluja.", "Använder moln.", "Uses the cloud."),
                new LocalizedText("Kuvaus", "Beskrivning", "Description")));
    signInAs.user(teacher);
    Long application =
        applications.start(badge, new EvidenceDetails("Käytin pilveä tunnilla.", List.of()));
    applications.submit(application);
    signInAs.user(founder);
    applications.grant(application);
    signInAs.user(teacher);
    List<CredentialRow> mine = credentials.mine();
    assertEquals(1, mine.size());
    assertEquals(badge, mine.get(0).badgeId());
    assertFalse(mine.get(0).revoked());
    return mine.get(0);
  }

  @Test
  @DisplayName(
      "A grant is issued as an OpenBadgeCredential that Nimbus verifies with the published keys"
          + " and that 1EdTech's schema accepts")
  void grantIssuesAVerifiableCredential() throws Exception {
    String id = granted().publicId();

    Response signed = get("/credentials/" + id + ".jwt");
    assertEquals(200, signed.status());
    assertTrue(signed.type().startsWith("application/vc+jwt"));
    JWSObject jws = JWSObject.parse(signed.body());
    assertEquals(JWSAlgorithm.ES256, jws.getHeader().getAlgorithm());
    assertEquals(new JOSEObjectType("vc+jwt"), jws.getHeader().getType());
    assertTrue(verifies(jws), "the signature holds under the published key of its kid");

    ObjectMapper json = new ObjectMapper();
    JsonNode credential = json.readTree(jws.getPayload().toString());
    assertEquals(Set.of(), schema().validate(credential), "1EdTech's schema finds no fault");
    assertEquals("urn:uuid:" + id, credential.get("id").asText());
    assertEquals(
        "https://www.w3.org/ns/credentials/v2", credential.get("@context").get(0).asText());
    assertEquals(
        "Testi " + teacher.login(),
        credential.at("/credentialSubject/identifier/0/identityHash").asText());
    assertEquals("1", credential.at("/credentialSubject/achievement/version").asText());

    Response download = get("/credentials/" + id + ".json");
    assertEquals(200, download.status());
    assertTrue(download.disposition().startsWith("attachment"));
    assertEquals(credential, json.readTree(download.body()), "the JSON is what was signed");

    Response baked = get("/credentials/" + id + ".png");
    assertEquals(200, baked.status());
    assertEquals("image/png", baked.type());
    assertTrue(baked.body().contains("openbadgecredential"), "the iTXt chunk's keyword");
    assertTrue(baked.body().contains(signed.body()), "the signed credential baked in");

    JsonNode issuer = json.readTree(get("/credentials/issuer.json").body());
    assertEquals(credential.at("/issuer/id").asText(), issuer.get("id").asText());
    String achievement = credential.at("/credentialSubject/achievement/id").asText();
    JsonNode published = json.readTree(get(URI.create(achievement).getPath()).body());
    assertEquals("Pilvipalvelut", published.get("name").asText());
    assertEquals("Käyttää pilvipalveluja.", published.at("/criteria/narrative").asText());

    assertFalse(revokedInStatusList(credential));
    CredentialCheck check = credentials.check(id).orElseThrow();
    assertEquals(CredentialState.VALID, check.state());
    assertEquals("Testi " + teacher.login(), check.recipientName());
    assertEquals(1, check.criteriaVersion());
    assertTrue(get("/competence/verify.xhtml?id=" + id).body().contains("data-state=\"VALID\""));
  }

  @Test
  @DisplayName("A credential with a changed name, or signed with another key, does not verify")
  void tamperedCredentialFails() throws Exception {
    String id = granted().publicId();
    JWSObject jws = JWSObject.parse(get("/credentials/" + id + ".jwt").body());
    String payload = jws.getPayload().toString();
    String forgedPayload = payload.replace("Testi " + teacher.login(), "Testi Huijari");
    assertNotEquals(payload, forgedPayload);

    // The same header and signature over a changed name.
    String[] parts = jws.serialize().split("\\.");
    String changed =
        parts[0]
            + "."
            + Base64URL.encode(forgedPayload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertFalse(verifies(JWSObject.parse(changed)));

    // Signed anew by a forger's key that claims the portal's key id.
    ECKey forgersKey = new ECKeyGenerator(Curve.P_256).keyID(jws.getHeader().getKeyID()).generate();
    JWSObject resigned =
        new JWSObject(new JWSHeader.Builder(jws.getHeader()).build(), new Payload(forgedPayload));
    resigned.sign(new ECDSASigner(forgersKey));
    assertFalse(verifies(JWSObject.parse(resigned.serialize())));

    // The portal's own check, should its stored copy be changed.
    forger.replaceSigned(id, resigned.serialize());
    CredentialCheck check = credentials.check(id).orElseThrow();
    assertEquals(CredentialState.INVALID, check.state());
    assertTrue(get("/competence/verify.xhtml?id=" + id).body().contains("data-state=\"INVALID\""));
  }

  @Test
  @DisplayName(
      "Revocation: only admins and the granting community, with a reason; the status list bit is"
          + " set, the page says revoked, the JSON stays downloadable")
  void revocation() throws Exception {
    String id = granted().publicId();

    signInAs.user(teacher);
    denied(() -> credentials.revoke(id, "Oma merkki"));
    denied(() -> credentials.forRevocation(id));
    signInAs.user(principal);
    denied(() -> credentials.revoke(id, "Rehtori ei voi"));

    signInAs.user(founder);
    refused("competence.revokeReasonRequired", () -> credentials.revoke(id, "  "));
    assertEquals(CredentialState.VALID, credentials.forRevocation(id).state());
    credentials.revoke(id, "Näyttö ei ollut opettajan omaa työtä.");
    refused("competence.credentialRevoked", () -> credentials.revoke(id, "Uudestaan"));

    JsonNode credential = new ObjectMapper().readTree(get("/credentials/" + id + ".json").body());
    assertTrue(revokedInStatusList(credential), "the bit is set in the published list");
    assertTrue(verifies(JWSObject.parse(get("/credentials/" + id + ".jwt").body())));
    assertEquals(CredentialState.REVOKED, credentials.check(id).orElseThrow().state());
    assertTrue(get("/competence/verify.xhtml?id=" + id).body().contains("data-state=\"REVOKED\""));
    signInAs.user(teacher);
    assertTrue(credentials.mine().get(0).revoked());
    signInAs.user(principal);
    refused("competence.levelIncomplete", () -> levels.confirm(teacher.id(), Level.BASIC));
  }

  @Test
  @DisplayName("Unknown ids and addresses are 404, never 500; admins get a rule, not a crash")
  void unknownIdsAreNotFound() {
    String unknown = UUID.randomUUID().toString();
    for (String path :
        List.of(
            "/credentials/" + unknown + ".json",
            "/credentials/" + unknown + ".jwt",
            "/credentials/" + unknown + ".png",
            "/credentials/nothing-here",
            "/credentials/achievements/999999999/1.json",
            "/credentials/status/99999",
            "/competence/verify.xhtml?id=" + unknown,
            "/competence/verify.xhtml?id=%3Cscript%3E",
            "/competence/verify.xhtml")) {
      assertEquals(404, get(path).status(), path);
    }
    signInAs.admin("admin-ob", "Olli Admin");
    refused("competence.noSuchCredential", () -> credentials.revoke(unknown, "Syy"));
    refused("competence.noSuchCredential", () -> credentials.forRevocation("x"));
  }

  @Test
  @DisplayName("The demo's grants have their credentials too, as every grant made since")
  void everyGrantHasACredential() {
    assertTrue(forger.credentials() > 0);
    assertEquals(0, forger.grantsWithoutCredential());
  }

  /** Verifies as a verifier outside would: the key of the header's kid from the published set. */
  private static boolean verifies(JWSObject jws) throws Exception {
    JWKSet keys = JWKSet.parse(get("/credentials/jwks.json").body());
    ECKey key = (ECKey) keys.getKeyByKeyId(jws.getHeader().getKeyID());
    assertFalse(key.isPrivate(), "only public keys are published");
    return jws.verify(new ECDSAVerifier(key));
  }

  /** Reads the credential's bit in its status list, fetched and verified like the credential. */
  private static boolean revokedInStatusList(JsonNode credential) throws Exception {
    JsonNode entry = credential.get("credentialStatus");
    assertEquals("BitstringStatusListEntry", entry.get("type").asText());
    Response list = get(URI.create(entry.get("statusListCredential").asText()).getPath());
    assertEquals(200, list.status());
    JWSObject jws = JWSObject.parse(list.body());
    assertTrue(verifies(jws));
    String encoded =
        new ObjectMapper()
            .readTree(jws.getPayload().toString())
            .at("/credentialSubject/encodedList")
            .asText();
    assertTrue(encoded.startsWith("u"), "multibase base64url");
    byte[] bits;
    try (InputStream in =
        new GZIPInputStream(
            new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
      bits = in.readAllBytes();
    }
    assertEquals(131_072 / 8, bits.length);
    int index = Integer.parseInt(entry.get("statusListIndex").asText());
    return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        OpenBadgesIT.class.getClassLoader().getResourceAsStream(Deployments.OPEN_BADGES_SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
    }
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(CompetenceRuleException.class, action).messageKey());
  }

  private static void denied(Executable action) {
    assertThrows(AccessDeniedException.class, action);
  }

  private record Response(int status, String type, String disposition, String body) {}

  /** A plain GET without cookies or sign-in, following no redirect. */
  private static Response get(String path) {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) URI.create(PORTAL + path).toURL().openConnection();
      connection.setInstanceFollowRedirects(false);
      int status = connection.getResponseCode();
      InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
      String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Response(
          status,
          String.valueOf(connection.getContentType()),
          String.valueOf(connection.getHeaderField("Content-Disposition")),
          body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
