package fi.opeverkko.pilots;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.platform.Published;
import java.io.Serializable;

/** How many pilot projects of a school year are in an area and a state. */
@Published
public record AreaStateCount(DevelopmentArea area, PilotState state, long projects)
    implements Serializable {}
