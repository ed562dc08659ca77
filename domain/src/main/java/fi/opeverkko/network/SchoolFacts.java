package fi.opeverkko.network;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;

/** What the dashboards group a school's figures by: its city, type, teaching language and name. */
@Published
public record SchoolFacts(
    long id,
    String cityCode,
    LocalizedName cityName,
    String nameFi,
    String nameSv,
    SchoolType type,
    TeachingLanguage language) {}
