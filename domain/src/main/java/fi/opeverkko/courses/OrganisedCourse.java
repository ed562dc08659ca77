package fi.opeverkko.courses;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;

/** A course of the organiser's that has started this school year: to mark attendance on. */
@Published
public record OrganisedCourse(
    Long courseId, LocalizedName name, LocalDate firstDay, LocalDate lastDay)
    implements Serializable {}
