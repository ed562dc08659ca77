package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.network.City;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Migrations;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.JpaHelper;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The persistence stack inside WildFly: EclipseLink as provider, Flyway's schema, JTA rollback. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/OpeverkkoDS")
  private DataSource dataSource;

  @Resource private UserTransaction transaction;

  @Test
  @DisplayName("EclipseLink, not WildFly's default Hibernate, runs the persistence unit")
  void eclipseLinkIsTheProvider() {
    assertInstanceOf(JpaEntityManager.class, em.getDelegate());
    assertEquals(
        "org.eclipse.persistence.jpa.PersistenceProvider",
        em.getEntityManagerFactory()
            .getProperties()
            .getOrDefault(
                "jakarta.persistence.provider", "org.eclipse.persistence.jpa.PersistenceProvider"));
    assertTrue(
        em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence"),
        () -> "factory is " + em.getEntityManagerFactory().getClass().getName());
  }

  @Test
  @DisplayName("EclipseLink speaks the dialect of the database it found (H2 or PostgreSQL)")
  void eclipseLinkSpeaksTheDatabasesDialect() throws SQLException {
    String database;
    try (Connection connection = dataSource.getConnection()) {
      database = connection.getMetaData().getDatabaseProductName();
    }
    DatabasePlatform platform =
        JpaHelper.getServerSession(em.getEntityManagerFactory()).getPlatform();
    assertTrue(
        switch (database) {
          case "H2" -> platform.isH2();
          case "PostgreSQL" -> platform.isPostgreSQL();
          default -> false;
        },
        () -> database + " run with " + platform.getClass().getName());
  }

  @Test
  @DisplayName("Flyway has applied every versioned migration at deployment")
  void flywayMigratedTheSchema() {
    MigrationInfo[] migrations = Migrations.flyway(dataSource).info().all();
    assertTrue(migrations.length > 0, "no migrations found");
    assertTrue(
        Arrays.stream(migrations).allMatch(m -> m.getState() == MigrationState.SUCCESS),
        () -> "not all applied: " + Arrays.toString(migrations));
    assertEquals("1", migrations[0].getVersion().getVersion());
  }

  @Test
  @DisplayName("A rolled-back JTA transaction leaves nothing behind")
  void rollbackLeavesNothingBehind() throws Exception {
    transaction.begin();
    em.joinTransaction();
    em.persist(new City("TURKU", new LocalizedName("Turku", "Åbo", "Turku")));
    em.flush();
    assertFalse(citiesWithCode("TURKU") == 0, "the insert is visible inside the transaction");
    transaction.rollback();

    assertEquals(0, citiesWithCode("TURKU"));
  }

  private long citiesWithCode(String code) {
    return em.createQuery("SELECT COUNT(c) FROM City c WHERE c.code = :code", Long.class)
        .setParameter("code", code)
        .getSingleResult();
  }
}
