package fi.opeverkko.reporting;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/**
 * The yearly indicator pack for the board: the target dashboard's figures of a school year as a PDF
 * report with charts and an XLSX workbook, in Finnish and in Swedish, for the network (admins) or a
 * city (its coordinator, admins). Asking builds each language's pack once in the background ({@link
 * PackBuilder}); asking again while it is under way or built finds it; a failed one is built again.
 */
@Published
@Stateless
public class IndicatorPacks {

  @PersistenceContext private EntityManager em;
  @Inject private ReportingAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private PackBuilds builds;
  @Inject private PackBuilder builder;
  @Inject private AuditLog auditLog;
  @Inject private Clock clock;

  /**
   * Asks for the school year's packs of the city (null: the network; a coordinator's own city
   * whatever is asked for none) and starts the builds still needed; returns at once.
   *
   * @return the packs of the scope, the ones asked for among them
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<PackRow> request(@NotNull SchoolYear year, String cityCode) {
    String city = access.requireDashboardReader(cityCode);
    if (year.compareTo(clock.currentSchoolYear()) > 0) {
      throw new ReportingRuleException("pack.noSuchYear");
    }
    SignedInUser user = currentUser.get();
    List<Long> queued;
    try {
      queued = builds.queue(year, city, user.loginName());
    } catch (EJBException refused) {
      // Another request made the same pack a moment ago (its unique key): that one builds it.
      if (packs(city).stream().noneMatch(pack -> pack.year().equals(year))) {
        throw refused;
      }
      queued = List.of();
    }
    for (Long packId : queued) {
      builder.build(packId, user);
    }
    auditLog.record(
        user.loginName(),
        "REQUEST_INDICATOR_PACK",
        "indicator pack " + year.label() + " " + IndicatorPack.scopeOf(city),
        AuditOutcome.SUCCESS);
    return packs(city);
  }

  /** The packs of the city (null: the network's), newest year first, each language. */
  public List<PackRow> packs(String cityCode) {
    String city = access.requireDashboardReader(cityCode);
    return em.createQuery(
            "SELECT p FROM IndicatorPack p WHERE p.scope = :scope"
                + " ORDER BY p.schoolYear DESC, p.language",
            IndicatorPack.class)
        .setParameter("scope", IndicatorPack.scopeOf(city))
        .getResultStream()
        .map(IndicatorPack::row)
        .toList();
  }

  /** A built pack's file, for a reader of its scope. */
  public PackDownload download(@NotNull Long packId, @NotNull PackFormat format) {
    IndicatorPack pack = em.find(IndicatorPack.class, packId);
    if (pack == null) {
      throw new ReportingRuleException("pack.noSuchPack");
    }
    access.requirePackReader(pack.cityCode(), packId);
    PackFile file = em.find(PackFile.class, new PackFile.Key(packId, format));
    if (file == null) {
      throw new ReportingRuleException("pack.notReady");
    }
    String scope = IndicatorPack.scopeOf(pack.cityCode()).toLowerCase(Locale.ROOT);
    return new PackDownload(
        "indicator-pack-"
            + pack.getSchoolYear().startYear()
            + "-"
            + scope
            + "-"
            + pack.getLanguage().name().toLowerCase(Locale.ROOT)
            + "."
            + format.extension(),
        format.contentType(),
        file.bytes());
  }
}
