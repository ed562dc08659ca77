package fi.opeverkko.reporting;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.SignedInUser;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds a pack in the background (an EJB asynchronous call, on the server's managed threads), on
 * behalf of the user who asked for it, so that the figures are read within their scope as the
 * dashboard reads them: the dashboard's own queries, then the PDF and the workbook, the progress
 * kept after each step. Runs outside a transaction: each step commits its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PackBuilder {

  private static final Logger LOG = Logger.getLogger(PackBuilder.class.getName());

  @Inject private CurrentUser currentUser;
  @Inject private PackBuilds builds;
  @Inject private DashboardQueries dashboards;

  @Asynchronous
  public void build(Long packId, SignedInUser requester) {
    currentUser.set(requester);
    PackRow pack = builds.claim(packId);
    if (pack == null) {
      return;
    }
    PackIndicators indicators = new PackIndicators(pack.language().locale());
    try {
      builds.advance(packId, 10);
      Dashboard dashboard =
          dashboards.dashboard(
              pack.year(),
              pack.cityCode() == null ? Grouping.CITY : Grouping.SCHOOL,
              pack.cityCode());
      List<Indicator> figures = indicators.of(dashboard);
      builds.advance(packId, 40);
      String scope =
          dashboard.cityName() == null
              ? indicators.text("scope.network")
              : indicators.text("scope.city", dashboard.cityName().in(pack.language().locale()));
      byte[] pdf =
          PackPdf.write(
              indicators.text("title", pack.year().label()),
              List.of(scope, indicators.text("intro", pack.year().label())),
              figures,
              pack.language().locale());
      builds.advance(packId, 80);
      byte[] xlsx = PackWorkbook.write(figures);
      builds.finish(packId, pdf, xlsx);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Indicator pack " + packId + " failed", e);
      builds.fail(packId, indicators.text("failure", reason(e)));
    }
  }

  /** The innermost cause's message, or its kind when it has none. */
  private static String reason(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
