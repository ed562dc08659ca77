package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * An application as its page shows it to the teacher, the reviewer or an admin.
 *
 * @param reviewer the reviewer's name, or null before it is sent
 * @param waitingDays working days it has waited for the reviewer
 * @param overdue waited more than ten working days
 * @param actions what the reader may do to it now
 * @param mayChangeEvidence whether the reader may change the description, links and files now
 */
@Published
public record ApplicationPage(
    long id,
    BadgeRow badge,
    ApplicationStatus status,
    String applicant,
    String reviewer,
    String description,
    List<String> links,
    List<EvidenceFileRow> files,
    List<ApplicationStep> history,
    int waitingDays,
    boolean overdue,
    Set<ApplicationAction> actions,
    boolean mayChangeEvidence)
    implements Serializable {}
