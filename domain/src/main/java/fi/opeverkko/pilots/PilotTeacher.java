package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import java.io.Serializable;

/** A person of a pilot school's staff by name. */
@Published
public record PilotTeacher(long personId, String name) implements Serializable {}
