package fi.opeverkko.courses;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A course as the organiser writes it.
 *
 * @param name the name in fi, sv, en
 * @param description what the course is, in fi, sv, en
 * @param language the language it is taught in
 * @param schoolTypes the school types it is for; empty: every type
 * @param roles the roles it is for (tutors, mentors...); empty: the whole teaching staff
 * @param level the competence level it trains toward
 * @param teamId the organising expert team; {@code null}: the central unit
 * @param cityCode the only city whose staff may sign up; {@code null}: every city
 * @param capacity the places
 * @param minimum the sign-ups it needs to be held
 * @param signUpOpens the first day of signing up
 * @param signUpCloses the last day of signing up
 * @param decisionDate the day the organiser decides whether it is held; before the first session
 * @param approvalNeeded whether the principal approves each sign-up
 * @param priceCents the price in cents; {@code null}: free of charge
 * @param sessions its sessions, at least one
 * @param badgeIds the badges of competence's catalogue it leads toward
 */
@Published
public record CourseDetails(
    @NotNull @Valid LocalizedName name,
    @NotNull @Valid LocalizedText description,
    @NotNull TeachingLanguage language,
    @NotNull Set<SchoolType> schoolTypes,
    @NotNull Set<SchoolRole> roles,
    @NotNull Level level,
    Long teamId,
    @Size(max = 20) String cityCode,
    @Min(1) @Max(MAX_PLACES) int capacity,
    @PositiveOrZero @Max(MAX_PLACES) int minimum,
    @NotNull LocalDate signUpOpens,
    @NotNull LocalDate signUpCloses,
    @NotNull LocalDate decisionDate,
    boolean approvalNeeded,
    @Positive Integer priceCents,
    @NotEmpty @Size(max = MAX_SESSIONS) List<@NotNull @Valid SessionDetails> sessions,
    @NotNull @Size(max = MAX_BADGES) Set<@NotNull Long> badgeIds) {

  public static final int MAX_PLACES = 1000;
  public static final int MAX_SESSIONS = 60;
  public static final int MAX_BADGES = 10;
}
