package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import java.io.Serializable;

/** A school of the city that has no pilot project this year, for the coordinator to start one. */
@Published
public record SchoolChoice(long schoolId, String nameFi, String nameSv) implements Serializable {}
