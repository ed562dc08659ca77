package fi.opeverkko.pilots;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.platform.Published;
import java.io.Serializable;

/** A pilot in the coordinator's overview: its project's area and state and its two answers. */
@Published
public record StandingRow(
    long projectId,
    long schoolId,
    String schoolNameFi,
    String schoolNameSv,
    DevelopmentArea area,
    PilotState state,
    RoundStanding spring,
    RoundStanding november)
    implements Serializable {}
