package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What the catalogue's keepers write of a badge, every text in Finnish, Swedish and English.
 *
 * @param level the competence level the badge belongs to
 * @param area the area of competence (e.g. evaluation, learning environments)
 * @param name the badge's name
 * @param criteria what the holder has shown they can do
 * @param evidence what the applicant is asked to show
 */
@Published
public record BadgeDetails(
    @NotNull Level level,
    @NotNull @Valid LocalizedName area,
    @NotNull @Valid LocalizedName name,
    @NotNull @Valid LocalizedText criteria,
    @NotNull @Valid LocalizedText evidence) {}
