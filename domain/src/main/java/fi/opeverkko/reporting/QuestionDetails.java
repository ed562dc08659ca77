package fi.opeverkko.reporting;

import fi.opeverkko.competence.Level;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A question of a survey round as the admin writes it.
 *
 * @param level the competence level whose criteria the question asks about
 * @param area the competence area, named as the badge catalogue names it (suggestions match on it)
 * @param text the question in fi, sv and en
 */
@Published
public record QuestionDetails(
    @NotNull Level level, @NotNull @Valid LocalizedName area, @NotNull @Valid LocalizedText text) {}
