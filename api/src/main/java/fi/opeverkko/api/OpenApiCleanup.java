package fi.opeverkko.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Leaves out of the OpenAPI document the empty license and external documentation objects the
 * annotations' defaults make: OpenAPI 3.1 requires a name or URL in them, and the API has neither.
 * Named in {@code META-INF/microprofile-config.properties} ({@code mp.openapi.filter}).
 */
public class OpenApiCleanup implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getInfo() != null
        && document.getInfo().getLicense() != null
        && blank(document.getInfo().getLicense().getName())) {
      document.getInfo().setLicense(null);
    }
    if (document.getExternalDocs() != null && blank(document.getExternalDocs().getUrl())) {
      document.setExternalDocs(null);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
