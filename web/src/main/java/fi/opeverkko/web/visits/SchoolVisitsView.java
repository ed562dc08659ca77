package fi.opeverkko.web.visits;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.visits.VisitQueries;
import fi.opeverkko.visits.VisitRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The training visits of the user's own schools, with where each stands and what comes next. */
@Named
@RequestScoped
public class SchoolVisitsView {

  private static final Set<SchoolRole> REQUESTERS =
      EnumSet.of(SchoolRole.PRINCIPAL, SchoolRole.DAY_CARE_MANAGER, SchoolRole.TUTOR);

  @Inject private NetworkOverviewService network;
  @Inject private VisitQueries queries;

  private List<VisitRequest> visits;

  @PostConstruct
  void load() {
    visits =
        network.mySchools().stream()
            .filter(s -> s.myRoles().stream().anyMatch(REQUESTERS::contains))
            .map(SchoolOverview::school)
            .flatMap(school -> queries.ofSchool(school.getId()).stream())
            .toList();
  }

  public List<VisitRequest> getVisits() {
    return visits;
  }
}
