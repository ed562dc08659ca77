package fi.opeverkko.library;

import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import java.io.Serializable;

/**
 * What a publisher writes of a library item. Title and summary need at least one of the three
 * languages (the others fall back to it when shown); the rest is checked by {@link
 * PracticePublishing}.
 *
 * @param level the competence level 1–3 the item serves, or {@code null}
 * @param schoolType the kind of school the item is for, or {@code null} for any
 * @param subject the subject in the publisher's words, or {@code null}
 * @param ageGroup the age group in the publisher's words (e.g. "grades 7–9"), or {@code null}
 * @param videoUrl an {@code https} address of a video, or {@code null}
 */
@Published
public record PracticeDraft(
    LocalizedText title,
    LocalizedText summary,
    PracticeKind kind,
    DevelopmentArea area,
    Integer level,
    SchoolType schoolType,
    String subject,
    String ageGroup,
    String videoUrl,
    Licence licence)
    implements Serializable {}
