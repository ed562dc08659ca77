package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An indicator pack as the dashboard page lists it.
 *
 * @param cityCode the city of the pack, or null for the network's
 * @param progress how far the build has come, in percent
 * @param finishedAt when it was built or failed; null while under way
 * @param failure why the build failed, in words; null unless it failed
 */
@Published
public record PackRow(
    Long id,
    SchoolYear year,
    String cityCode,
    PackLanguage language,
    PackState state,
    int progress,
    String requestedBy,
    LocalDateTime requestedAt,
    LocalDateTime finishedAt,
    String failure)
    implements Serializable {}
