package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;
import java.util.List;

/** One page of the catalogue and how many courses match in all. */
@Published
public record CoursePage(List<CourseRow> rows, long total) {}
