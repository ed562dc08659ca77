package fi.opeverkko.courses;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;

/**
 * Who may be named to organise a course by the signed-in user.
 *
 * @param teamId the expert team; {@code null}: the central unit
 * @param name the team's name; {@code null} for the central unit
 */
@Published
public record Organiser(Long teamId, LocalizedName name) implements Serializable {}
