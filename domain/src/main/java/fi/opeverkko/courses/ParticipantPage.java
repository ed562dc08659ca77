package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;
import java.util.List;

/** One page of a course's sign-ups and how many there are in all. */
@Published
public record ParticipantPage(List<ParticipantRow> rows, long total) {}
