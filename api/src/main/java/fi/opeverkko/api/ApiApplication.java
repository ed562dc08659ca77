package fi.opeverkko.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Version 1 of the REST API, at {@code /api/v1} (the war's context is {@code /api}). A new version
 * gets a path of its own beside this one; field names of a version never change. Its OpenAPI
 * document is served at {@code /openapi} (WildFly's MicroProfile OpenAPI subsystem).
 */
@ApplicationPath("/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Opeverkko API",
            version = "1",
            description =
                "The teacher development network's open interface: schools and their network"
                    + " roles, expert teams and their topics, training visits (read, and requested"
                    + " by a school's requester), tutor plan standings, the badge catalogue, the"
                    + " course catalogue and own sign-ups, and the target dashboard's figures."
                    + " Every call but the public badge catalogue carries a bearer token of the"
                    + " portal's Keycloak realm and reads"
                    + " exactly what its holder reads on the pages: a person's own token, or a"
                    + " city's system's service account (client credentials; the city's scope,"
                    + " read-only). Lists are paged (page from 0, limit 1-200); reads carry an"
                    + " ETag (If-None-Match gives 304); errors are RFC 9457 problem documents in"
                    + " the Accept-Language asked (fi, sv, en); dates are ISO 8601, times with"
                    + " their offset; each client may make 300 calls a minute (then 429 with"
                    + " Retry-After).",
            license =
                @License(name = "Opeverkko API terms of use", identifier = ApiApplication.TERMS)),
    externalDocs =
        @ExternalDocumentation(description = "This document as a page", url = "/api/openapi.html"),
    security = @SecurityRequirement(name = ApiApplication.BEARER),
    components =
        @Components(
            responses =
                @APIResponse(
                    name = ProblemResponses.REFUSED,
                    description = "Outside the caller's roles or scope",
                    content =
                        @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                @ExampleObject(
                                    name = "forbidden",
                                    value = ProblemResponses.FORBIDDEN)))))
@SecurityScheme(
    securitySchemeName = ApiApplication.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "An access token of the realm 'opeverkko' (http://localhost:8180/realms/opeverkko)")
public class ApiApplication extends Application {

  static final String BEARER = "bearer";

  /**
   * The terms' SPDX reference (a LicenseRef: the cities' own terms, no listed licence). The license
   * and the external docs are written out in full because WildFly's /openapi composes the
   * deployments' documents into one that always holds both objects: left out here, they would be
   * empty there, which OpenAPI 3.1 does not allow. A city choosing a licence (e.g. EUPL-1.2) puts
   * its SPDX identifier here.
   */
  static final String TERMS = "LicenseRef-Opeverkko-API-Terms";
}
