package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;

/** A school's submitted answers to a round, for reading the evaluations of an area. */
@Published
public record AreaEvaluation(long schoolId, String schoolName, List<String> answers)
    implements Serializable {}
