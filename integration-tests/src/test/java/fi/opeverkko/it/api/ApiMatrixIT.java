package fi.opeverkko.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.opeverkko.it.OnSharedPortal;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Who may read what through the API ({@code api-authorization-matrix.csv}): the pages' roles and
 * scope, for people's tokens and the cities' systems alike; without a token only the public badge
 * catalogue.
 */
@OnSharedPortal
class ApiMatrixIT {

  private static Long principalsSchool;

  @ParameterizedTest(name = "{0} GET {1} -> {2}")
  @CsvFileSource(resources = "/api-authorization-matrix.csv", delimiter = ';')
  void answersAsTheMatrixSays(String caller, String path, int status) {
    HttpResponse<String> response = client(caller).get(path.replace("{school}", school()));
    assertEquals(status, response.statusCode(), caller + " " + path + ": " + response.body());
  }

  private static ApiClient client(String caller) {
    if (caller.equals("anonymous")) {
      return ApiClient.anonymous();
    }
    return caller.startsWith("system-")
        ? ApiClient.system(caller.substring("system-".length()))
        : ApiClient.user(caller);
  }

  private static synchronized String school() {
    if (principalsSchool == null) {
      principalsSchool =
          ApiClient.json(ApiClient.user("principal").get("schools"))
              .get("items")
              .get(0)
              .get("id")
              .asLong();
    }
    return principalsSchool.toString();
  }
}
