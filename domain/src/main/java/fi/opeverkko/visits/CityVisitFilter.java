package fi.opeverkko.visits;

import fi.opeverkko.network.SchoolType;
import java.io.Serializable;
import java.time.YearMonth;

/**
 * What a coordinator narrows the city's visits to; null parts match anything.
 *
 * @param cityCode the coordinator's city
 * @param status the visits' status
 * @param teamId the team
 * @param schoolType the kind of school
 * @param month the month the request was made in
 */
public record CityVisitFilter(
    String cityCode, VisitStatus status, Long teamId, SchoolType schoolType, YearMonth month)
    implements Serializable {}
