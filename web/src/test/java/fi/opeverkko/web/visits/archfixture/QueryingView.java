package fi.opeverkko.web.visits.archfixture;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A view bean that queries the database itself. */
public class QueryingView {

  @PersistenceContext private EntityManager em;
}
