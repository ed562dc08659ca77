package fi.opeverkko.web.network;

import fi.opeverkko.network.AssignmentService;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.ProposalStatus;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.TutorProposal;
import fi.opeverkko.network.TutorProposals;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Responses;
import fi.opeverkko.web.common.YearChoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A school's network roles this school year, as its city's coordinator assigns them. */
@Named
@ViewScoped
public class SchoolView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AssignmentService assignments;
  @Inject private Actions actions;
  @Inject private PersonPicker picker;
  @Inject private TutorProposals proposals;

  private Long schoolId;
  @Inject private YearChoice year;
  private SchoolOverview overview;
  private SchoolRole role;
  private Person person;
  private List<TutorProposal> pendingProposals = List.of();

  public void load() throws IOException {
    if (schoolId == null) {
      Responses.notFound();
      return;
    }
    year.settle();
    overview = assignments.school(schoolId, year.getSchoolYear());
    pendingProposals =
        proposals.ofSchool(schoolId, year.getSchoolYear()).stream()
            .filter(p -> p.getStatus() == ProposalStatus.PROPOSED)
            .toList();
    if (role == null) {
      // The role a coordinator most often fills: the one the network requires (tutor, mentor).
      List<SchoolRole> roles = getRoles();
      role =
          roles.stream()
              .filter(r -> r.minPerSchoolYear() > 0)
              .findFirst()
              .orElse(roles.isEmpty() ? null : roles.get(0));
    }
  }

  public void assign() throws IOException {
    if (actions.run(
        () -> assignments.assign(schoolId, person.getId(), role, year.getSchoolYear()),
        "staff.assigned",
        person.getFullName(),
        role)) {
      person = null;
    }
    load();
  }

  public void unassign(Long assignmentId) throws IOException {
    actions.run(() -> assignments.unassign(assignmentId), "staff.unassigned");
    load();
  }

  /** Confirms a principal's proposal: the teacher becomes a tutor, within the limit of four. */
  public void confirmProposal(Long proposalId) throws IOException {
    actions.run(() -> proposals.confirm(proposalId), "proposal.confirmed");
    load();
  }

  public void rejectProposal(Long proposalId) throws IOException {
    actions.run(() -> proposals.reject(proposalId), "proposal.rejected");
    load();
  }

  public List<TutorProposal> getPendingProposals() {
    return pendingProposals;
  }

  /** The roles that exist in this kind of school. */
  public List<SchoolRole> getRoles() {
    return Arrays.stream(SchoolRole.values())
        .filter(r -> r.existsIn(overview.school().getType()))
        .toList();
  }

  public YearChoice getYear() {
    return year;
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public SchoolOverview getOverview() {
    return overview;
  }

  public SchoolRole getRole() {
    return role;
  }

  public void setRole(SchoolRole role) {
    this.role = role;
  }

  public Person getPerson() {
    return person;
  }

  public void setPerson(Person person) {
    this.person = person;
  }

  public PersonPicker getPicker() {
    return picker;
  }
}
