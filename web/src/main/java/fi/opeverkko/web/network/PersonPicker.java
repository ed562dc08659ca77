package fi.opeverkko.web.network;

import fi.opeverkko.network.AssignmentService;
import fi.opeverkko.network.Person;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * The people picker of the staff and team pages: people whose name starts with what was typed, kept
 * for the picker's converter, each shown with their email to tell namesakes apart.
 */
@Dependent
public class PersonPicker implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AssignmentService assignments;

  private List<Person> candidates = List.of();

  public List<Person> complete(String query) {
    candidates =
        query == null || query.strip().length() < 2
            ? List.of()
            : assignments.findPeople(query.strip());
    return candidates;
  }

  public String label(Person candidate) {
    return candidate == null ? "" : candidate.getFullName() + " (" + candidate.getEmail() + ")";
  }

  public List<Person> getCandidates() {
    return candidates;
  }
}
