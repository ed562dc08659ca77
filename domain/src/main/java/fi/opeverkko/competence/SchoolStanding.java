package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;

/**
 * One school's teaching staff of a school year and how many of them have a confirmed level: at
 * least 1, at least 2, 3 (as {@link StandingRow} counts a kind of school).
 */
@Published
public record SchoolStanding(
    long schoolId, long staff, long atLevel1, long atLevel2, long atLevel3) {}
