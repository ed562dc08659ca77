package fi.opeverkko.web.competence;

import fi.opeverkko.competence.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The competence levels with their numbers and targets, for the pages to go through. */
@Named
@ApplicationScoped
public class CompetenceLevels {

  public List<Level> getAll() {
    return List.of(Level.values());
  }
}
