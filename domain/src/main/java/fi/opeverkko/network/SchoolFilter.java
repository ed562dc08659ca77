package fi.opeverkko.network;

import java.io.Serializable;

/**
 * What a directory of schools is narrowed to.
 *
 * @param cityCode the city (a coordinator's own; an admin's choice)
 * @param text part of the Finnish or Swedish name or the address; {@code null} for any
 * @param type the kind of school; {@code null} for any
 * @param active open ({@code true}) or closed ({@code false}) schools; {@code null} for both
 */
public record SchoolFilter(String cityCode, String text, SchoolType type, Boolean active)
    implements Serializable {}
