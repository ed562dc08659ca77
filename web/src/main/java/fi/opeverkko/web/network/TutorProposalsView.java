package fi.opeverkko.web.network;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.PersonDetails;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.TutorProposal;
import fi.opeverkko.network.TutorProposals;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.YearChoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A principal's own school's tutor teachers: who they are this year, and the teachers the principal
 * proposes for the coordinator to confirm, this year or the next.
 */
@Named
@ViewScoped
public class TutorProposalsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NetworkOverviewService network;
  @Inject private TutorProposals proposals;
  @Inject private Actions actions;

  private SchoolOverview school;
  private List<TutorProposal> proposed = List.of();
  private PersonDetails teacher = new PersonDetails();
  @Inject private YearChoice year;

  public void load() {
    year.settle();
    school =
        network.mySchools().stream()
            .filter(s -> s.myRoles().contains(SchoolRole.PRINCIPAL))
            .filter(s -> SchoolRole.TUTOR.existsIn(s.school().getType()))
            .findFirst()
            .orElse(null);
    if (school != null) {
      proposed = proposals.ofSchool(school.school().getId(), year.getSchoolYear());
    }
  }

  public void propose() {
    if (actions.run(
        () -> proposals.propose(school.school().getId(), year.getSchoolYear(), teacher),
        "proposal.sent",
        teacher.getFirstName() + " " + teacher.getLastName())) {
      teacher = new PersonDetails();
    }
    load();
  }

  public YearChoice getYear() {
    return year;
  }

  public SchoolOverview getSchool() {
    return school;
  }

  public List<TutorProposal> getProposed() {
    return proposed;
  }

  public PersonDetails getTeacher() {
    return teacher;
  }
}
