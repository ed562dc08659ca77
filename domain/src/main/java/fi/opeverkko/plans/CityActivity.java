package fi.opeverkko.plans;

import java.io.Serializable;
import java.math.BigDecimal;

/** What one city's people of a network logged in a school year. */
public record CityActivity(String cityCode, long entries, BigDecimal hours)
    implements Serializable {}
