package fi.opeverkko.baseline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The bare page's bean: one query, a page of school names, as a portal page reads its table. */
@Named
@RequestScoped
public class BareView {

  private static final int PAGE = 25;

  @PersistenceContext(unitName = "baseline")
  private EntityManager em;

  private List<String> names;

  public List<String> getNames() {
    if (names == null) {
      names =
          em.createQuery("SELECT s.name FROM SchoolName s ORDER BY s.name", String.class)
              .setMaxResults(PAGE)
              .getResultList();
    }
    return names;
  }
}
