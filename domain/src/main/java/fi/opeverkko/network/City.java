package fi.opeverkko.network;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Locale;

/** A city taking part in the network (Helsinki, Espoo, Vantaa). Its code is the login's city. */
@Entity
@Cacheable
@NamedQuery(name = City.BY_CODE, query = "SELECT c FROM City c WHERE c.code = :code")
@NamedQuery(name = City.ALL, query = "SELECT c FROM City c ORDER BY c.code")
@Published
public class City implements Serializable {

  static final String BY_CODE = "City.byCode";
  static final String ALL = "City.all";

  @Id
  @SequenceGenerator(name = "city_seq", sequenceName = "city_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "city_seq")
  private Long id;

  @NotNull
  @Pattern(regexp = "[A-Z][A-Z_]{1,39}")
  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Valid @NotNull @Embedded private LocalizedName name;

  protected City() {}

  public City(String code, LocalizedName name) {
    this.code = code;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public LocalizedName getName() {
    return name;
  }

  public String name(Locale locale) {
    return name.in(locale);
  }
}
