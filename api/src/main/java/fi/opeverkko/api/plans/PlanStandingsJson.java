package fi.opeverkko.api.plans;

import java.util.Map;

/**
 * How a city's comprehensive schools stand with their tutor activity plans of a school year.
 *
 * @param city the city's code
 * @param schoolYear the school year's first calendar year
 * @param schools the number of schools per standing: {@code MISSING}, {@code DRAFT}, {@code
 *     SUBMITTED}, {@code RETURNED}, {@code APPROVED} (every standing present, 0 when none)
 */
public record PlanStandingsJson(String city, int schoolYear, Map<String, Long> schools) {}
