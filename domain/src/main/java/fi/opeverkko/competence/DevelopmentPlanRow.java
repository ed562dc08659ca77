package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A development plan as its teacher and their principal read it, with the development discussion
 * once recorded.
 *
 * @param targetBadges the names of the badges aimed at
 * @param targetBadgeIds their ids, for the teacher's form
 * @param discussedOn the day of the development discussion, or null before it
 * @param agreedPoints what was agreed in it, or null
 * @param discussedBy the principal who recorded it, or null
 */
@Published
public record DevelopmentPlanRow(
    long id,
    long personId,
    String personName,
    SchoolYear year,
    Level targetLevel,
    List<LocalizedName> targetBadges,
    Set<Long> targetBadgeIds,
    Set<DevelopmentWay> ways,
    String description,
    LocalDateTime updatedAt,
    LocalDate discussedOn,
    String agreedPoints,
    String discussedBy)
    implements Serializable {

  public boolean isDiscussed() {
    return discussedOn != null;
  }

  static DevelopmentPlanRow of(DevelopmentPlan plan, List<Badge> badges) {
    return new DevelopmentPlanRow(
        plan.getId(),
        plan.getPerson().getId(),
        plan.getPerson().getFullName(),
        plan.getSchoolYear(),
        plan.getTargetLevel(),
        badges.stream().map(Badge::getName).toList(),
        badges.stream().map(Badge::getId).collect(Collectors.toSet()),
        plan.getWays(),
        plan.getDescription(),
        plan.getUpdatedAt(),
        plan.getDiscussedOn(),
        plan.getAgreedPoints(),
        plan.getDiscussedBy());
  }
}
