package fi.opeverkko.web.admin;

import fi.opeverkko.network.City;
import fi.opeverkko.network.CityDetails;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.web.common.Actions;
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
  @Inject private Actions actions;

  private List<City> cities;
  private CityDetails details = new CityDetails();

  public void load() {
    cities = network.cities();
  }

  public void add() {
    if (actions.run(() -> network.addCity(details), "cities.added", details.getNameFi())) {
      details = new CityDetails();
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
