package fi.opeverkko.pilots;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.StaffMember;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Mailer;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The life of a pilot project this school year, one use case per method and one transaction each:
 * the principal or the city's coordinator starts it naming its area, the principal and the
 * project's teachers write and submit it, the coordinator accepts it or returns it with a comment
 * (the school is told by mail in each reader's language).
 */
@Published
@Stateless
public class PilotService {

  private static final int MAX_COMMENT = 2000;

  @PersistenceContext private EntityManager em;
  @Inject private PilotAccess access;
  @Inject private NetworkReferences references;
  @Inject private TeachingStaff staff;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;
  @Inject private Validator validator;
  @Inject private Mailer mailer;
  @Inject private PilotLetters letters;

  /** Makes the school a pilot this school year: its empty project in the area. */
  public Long start(@NotNull Long schoolId, @NotNull DevelopmentArea area) {
    School school =
        references.school(schoolId).orElseThrow(() -> new PilotRuleException("pilot.noSuchSchool"));
    if (school.getType() == SchoolType.DAY_CARE_UNIT || !school.isActive()) {
      throw new PilotRuleException("pilot.notASchool");
    }
    SchoolYear year = clock.currentSchoolYear();
    access.requireStarterOf(school, year);
    if (Pilots.of(em, schoolId, year) != null) {
      throw new PilotRuleException("pilot.exists", year.label());
    }
    PilotProject project = new PilotProject(school, year, area, clock.now());
    em.persist(project);
    try {
      em.flush();
    } catch (PersistenceException startedAtTheSameTime) {
      // The unique key on school and year: somebody started the project a moment earlier.
      throw new PilotRuleException("pilot.exists", year.label());
    }
    audit("PILOT_START", project);
    return project.getId();
  }

  /** Saves the whole project as written, unless somebody changed it meanwhile. */
  public void save(
      @NotNull Long projectId,
      long seenVersion,
      @NotNull DevelopmentArea area,
      @NotNull ProjectContents contents) {
    Pilots.requireValid(validator, contents);
    PilotProject project = current(projectId);
    access.requireWriterOf(project);
    if (project.getVersion() != seenVersion) {
      throw new PilotRuleException("pilot.stale");
    }
    Set<Long> staffIds =
        staff.membersOf(project.getSchool().getId(), project.getSchoolYear()).stream()
            .map(StaffMember::personId)
            .collect(Collectors.toSet());
    if (!staffIds.containsAll(contents.getTeacherIds())) {
      throw new PilotRuleException("pilot.notStaff");
    }
    project.write(area, contents, clock.now());
    flushOrRefuseStale();
    audit("PILOT_EDIT", project);
  }

  /**
   * Saves the project as written and submits it, in one transaction: a refused submission keeps
   * nothing of the writing either.
   */
  public void saveAndSubmit(
      @NotNull Long projectId,
      long seenVersion,
      @NotNull DevelopmentArea area,
      @NotNull ProjectContents contents) {
    save(projectId, seenVersion, area, contents);
    submit(projectId);
  }

  public void submit(@NotNull Long projectId) {
    PilotProject project = current(projectId);
    access.requireWriterOf(project);
    project.submit(clock.now());
    flushOrRefuseStale();
    audit("PILOT_SUBMIT", project);
  }

  public void accept(@NotNull Long projectId) {
    PilotProject project = current(projectId);
    access.requireDeciderOf(project);
    project.decide(true, null, clock.now());
    decided(project, "PILOT_ACCEPT");
  }

  /** Sends the project back to the school, saying what to change. */
  public void returnToSchool(@NotNull Long projectId, String comment) {
    PilotProject project = current(projectId);
    access.requireDeciderOf(project);
    String kept = comment == null ? "" : comment.strip();
    if (kept.isEmpty()) {
      throw new PilotRuleException("pilot.commentRequired");
    }
    if (kept.length() > MAX_COMMENT) {
      throw new PilotRuleException("pilot.commentTooLong");
    }
    project.decide(false, kept, clock.now());
    decided(project, "PILOT_RETURN");
  }

  private void decided(PilotProject project, String action) {
    flushOrRefuseStale();
    audit(action, project);
    mailer.queue(letters.aboutDecision(project), "pilot project " + project.getId());
  }

  /** A project of this school year: earlier years' projects are kept as they were left. */
  private PilotProject current(Long projectId) {
    PilotProject project = projectId == null ? null : em.find(PilotProject.class, projectId);
    if (project == null) {
      throw new PilotRuleException("pilot.noSuchProject");
    }
    if (!project.getSchoolYear().equals(clock.currentSchoolYear())) {
      throw new PilotRuleException("pilot.pastYear", project.getSchoolYear().label());
    }
    return project;
  }

  private void flushOrRefuseStale() {
    try {
      em.flush();
    } catch (OptimisticLockException changedMeanwhile) {
      throw new PilotRuleException("pilot.stale");
    }
  }

  private void audit(String action, PilotProject project) {
    auditLog.record(
        access.user().loginName(),
        action,
        "pilot project " + project.getId() + " of school " + project.getSchool().getId(),
        AuditOutcome.SUCCESS);
  }
}
