package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;
import java.io.Serializable;

/** A sign-up on a course's list of participants, as its organiser sees it. */
@Published
public record ParticipantRow(
    Long signUpId,
    Long personId,
    String name,
    String email,
    String schoolName,
    SignUpStatus status,
    int arrival,
    boolean substituteNeeded)
    implements Serializable {}
