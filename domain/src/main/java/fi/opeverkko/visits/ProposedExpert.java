package fi.opeverkko.visits;

import java.io.Serializable;

/**
 * An expert as a proposal names them, with what ranked them there.
 *
 * @param id the expert
 * @param name their name
 * @param givesTopic they give the topic asked for (false: the request has no catalogue topic)
 * @param speaksSchoolLanguage they work in the school's teaching language
 * @param sameArea they work from the school's area of the city
 * @param hoursLeftThisWeek their reserved hours of that week still free once the visit is booked
 * @param bookedThisTerm hours they are booked for in the term
 */
public record ProposedExpert(
    long id,
    String name,
    boolean givesTopic,
    boolean speaksSchoolLanguage,
    boolean sameArea,
    double hoursLeftThisWeek,
    double bookedThisTerm)
    implements Serializable {}
