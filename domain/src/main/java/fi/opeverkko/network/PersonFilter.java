package fi.opeverkko.network;

import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;

/**
 * What a directory of people is narrowed to.
 *
 * @param cityCode the city (a coordinator's own; an admin's choice)
 * @param text part of the name or the email; {@code null} for any
 * @param role only people holding this role in the school year; {@code null} for anybody
 * @param year the school year whose roles are shown and filtered on
 */
public record PersonFilter(String cityCode, String text, SchoolRole role, SchoolYear year)
    implements Serializable {}
