package fi.opeverkko.web.admin;

import fi.opeverkko.network.City;
import fi.opeverkko.network.CityDetails;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkRuleException;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The cities of the network, which an admin can add to. */
@Named
@ViewScoped
public class CitiesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NetworkOverviewService network;
  @Inject private Texts texts;

  private List<City> cities;
  private CityDetails details = new CityDetails();

  public void load() {
    cities = network.cities();
  }

  public void add() {
    try {
      network.addCity(details);
      texts.info("cities.added", details.getNameFi());
      details = new CityDetails();
    } catch (NetworkRuleException broken) {
      texts.error(broken);
    }
    load();
  }

  public List<City> getCities() {
    return cities;
  }

  public CityDetails getDetails() {
    return details;
  }
}
