package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A session as the organiser types it: a contact day needs its place, a webinar its link.
 *
 * @param kind the format
 * @param startsAt when it starts (network time)
 * @param endsAt when it ends; after it starts
 * @param place where a contact day is held
 * @param link the address of a webinar or online part
 */
@Published
public record SessionDetails(
    @NotNull SessionKind kind,
    @NotNull LocalDateTime startsAt,
    @NotNull LocalDateTime endsAt,
    @Size(max = 200) String place,
    @Size(max = 500) String link)
    implements Serializable {}
