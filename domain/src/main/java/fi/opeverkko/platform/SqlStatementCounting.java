package fi.opeverkko.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Named in persistence.xml ({@code eclipselink.session.customizer}): when {@link SqlStatements} is
 * enabled, the persistence unit counts every call it executes; otherwise it does not listen at all,
 * so production pays nothing.
 */
public class SqlStatementCounting implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (SqlStatements.enabled()) {
      session
          .getEventManager()
          .addListener(
              new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                  SqlStatements.count(String.valueOf(event.getCall()));
                }
              });
    }
  }
}
