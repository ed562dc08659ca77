package fi.opeverkko.web.common;

import fi.opeverkko.network.City;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.web.security.UserSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Objects;

/**
 * The city a coordinator's page acts on: the one its address names ({@code ?city=}, for admins; the
 * services refuse anyone else's), else the user's own (for an admin the first city). A city page
 * keeps one, binds its {@code city} parameter and links to {@code scope.code}, and shows {@code
 * scope.city} once read.
 */
@Dependent
public class CityScope implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserSession userSession;
  @Inject private NetworkOverviewService network;

  private String code;
  private City city;

  /** Reads the city, which checks that the user may act on it (403 when they may not). */
  public City read() {
    city = network.city(getCode());
    return city;
  }

  /** The page shows something of a city (a person, a school): that is the city it acts on. */
  public void showing(City of) {
    city = of;
    code = of.getCode();
  }

  /** The code of the city the page acts on: the address's, else the user's default city. */
  public String getCode() {
    if (code == null || code.isBlank()) {
      code = userSession.getDefaultCity();
    }
    return code;
  }

  public void setCode(String code) {
    if (!Objects.equals(code, this.code)) {
      city = null;
    }
    this.code = code;
  }

  /** The city once read: its name for the page's title. */
  public City getCity() {
    return city;
  }
}
