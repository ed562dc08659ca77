package fi.opeverkko.it;

import fi.opeverkko.competence.Badge;
import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.CompetenceReplay;
import fi.opeverkko.competence.EvidenceDetails;
import fi.opeverkko.competence.Level;
import fi.opeverkko.network.City;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Schools and people of their own for the competence tests, each person behind a login of their
 * own; and a clean slate for the granting community, which is computed from the whole catalogue:
 * every test retires the badges and founding members the tests before it left, and puts the demo's
 * back when done ({@link #restore}), for the browser tests that walk the demo network after it.
 */
@ApplicationScoped
public class CompetenceWorld {

  /** A person made for a test: their login and their id in the registry. */
  public record Someone(String login, Long id) {}

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private int made;

  /** The current badges and the founding members the first clean slate found: the demo's. */
  private List<Long> foundBadges;

  private List<Object[]> foundMembers;

  /** Retires every current badge and takes out every founding member. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @SuppressWarnings("unchecked")
  public void cleanSlate() {
    if (foundBadges == null) {
      foundBadges =
          ((List<Number>)
                  em.createNativeQuery("SELECT id FROM badge WHERE retired = FALSE")
                      .getResultList())
              .stream().map(Number::longValue).toList();
      foundMembers =
          em.createNativeQuery("SELECT id, person_id, added_at, added_by FROM founding_member")
              .getResultList();
    }
    // SQL: EclipseLink writes a bulk update's booleans as 1 and 0, which H2 does not compare.
    em.createNativeQuery("UPDATE badge SET retired = TRUE WHERE retired = FALSE").executeUpdate();
    em.createQuery("DELETE FROM FoundingMember f").executeUpdate();
  }

  /** Puts back the badges and founding members the first clean slate found. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void restore() {
    if (foundBadges == null) {
      return;
    }
    cleanSlate();
    for (Long badge : foundBadges) {
      em.createNativeQuery("UPDATE badge SET retired = FALSE, retired_at = NULL WHERE id = ?")
          .setParameter(1, badge)
          .executeUpdate();
    }
    for (Object[] member : foundMembers) {
      em.createNativeQuery(
              "INSERT INTO founding_member (id, person_id, added_at, added_by) VALUES (?, ?, ?, ?)")
          .setParameter(1, member[0])
          .setParameter(2, member[1])
          .setParameter(3, member[2])
          .setParameter(4, member[3])
          .executeUpdate();
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long school(String cityCode, SchoolType type, TeachingLanguage language) {
    City city =
        em.createQuery("SELECT c FROM City c WHERE c.code = :code", City.class)
            .setParameter("code", cityCode)
            .getSingleResult();
    String name = "Osaamiskoulu " + run + "-" + ++made;
    School school = new School(city, name, name, type, language, "Testitie 1");
    em.persist(school);
    em.flush();
    return school.getId();
  }

  /** A new person with a login and the role in the school in the school year. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Someone person(String what, Long schoolId, SchoolRole role, SchoolYear year) {
    School school = em.find(School.class, schoolId);
    String login = what + "-" + run + "-" + ++made;
    Person person = new Person(school.getCity(), "Testi", login, login + "@opeverkko.example");
    person.linkLogin(login);
    em.persist(person);
    em.persist(new SchoolAssignment(person, school, role, year));
    em.flush();
    return new Someone(login, person.getId());
  }

  /** Another role for somebody already made, e.g. a teacher who also teaches in a second school. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void assign(Long personId, Long schoolId, SchoolRole role, SchoolYear year) {
    em.persist(
        new SchoolAssignment(
            em.find(Person.class, personId), em.find(School.class, schoolId), role, year));
  }

  /** Moves an application's sending back in time, as if its reviewer had let it wait. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sentAt(Long applicationId, LocalDateTime at) {
    em.createQuery("UPDATE BadgeApplication a SET a.submittedAt = :at WHERE a.id = :id")
        .setParameter("at", at)
        .setParameter("id", applicationId)
        .executeUpdate();
  }

  /**
   * What the browser test walks, whatever the tests before it left: the reviewer login a founding
   * member (so that a new application finds a reviewer), two new badges, {@code Selainkävely <tag>
   * A} to apply for and {@code ... B} applied for by the teacher login and sent to the reviewer
   * login (the choice of reviewer would otherwise fall on whoever has the fewest reviews).
   *
   * @return the tag in the badges' names
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String walkOfTwo(String teacherLogin, String reviewerLogin) {
    Person teacher = byLogin(teacherLogin);
    Person reviewer = byLogin(reviewerLogin);
    CompetenceReplay replay = new CompetenceReplay(em);
    LocalDateTime now = LocalDateTime.now(Clock.NETWORK_ZONE);
    long founding =
        em.createQuery(
                "SELECT COUNT(f) FROM FoundingMember f WHERE f.person = :reviewer", Long.class)
            .setParameter("reviewer", reviewer)
            .getSingleResult();
    if (founding == 0) {
      replay.foundingMember(reviewer, "Aino Admin", now);
    }
    String tag = run + "-" + ++made;
    replay.badge(walkBadge(tag + " A"), "Aino Admin", now);
    Badge reviewed = replay.badge(walkBadge(tag + " B"), "Aino Admin", now);
    replay.send(
        reviewed,
        teacher,
        new EvidenceDetails("Oppilaat kokeilivat työkalua tunnilla.", List.of()),
        reviewer,
        now);
    return tag;
  }

  /**
   * Retires the badges {@link #walkOfTwo} made: current, they would be a level 2 that no demo
   * teacher holds, and the tests after the walk meet the demo's catalogue again.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void retireWalkBadges() {
    em.createNativeQuery(
            "UPDATE badge SET retired = TRUE, retired_at = CURRENT_TIMESTAMP"
                + " WHERE retired = FALSE AND name_fi LIKE 'Selainkävely %'")
        .executeUpdate();
  }

  private Person byLogin(String login) {
    return em.createQuery("SELECT p FROM Person p WHERE p.loginName = :login", Person.class)
        .setParameter("login", login)
        .getSingleResult();
  }

  private static BadgeDetails walkBadge(String tag) {
    return new BadgeDetails(
        Level.ADVANCED,
        new LocalizedName("Oppimisympäristöt", "Lärmiljöer", "Learning environments"),
        new LocalizedName("Selainkävely " + tag, "Webbpromenad " + tag, "Browser walk " + tag),
        new LocalizedText(
            "Käyttää digitaalista työkalua opetuksessa.",
            "Använder ett digitalt verktyg i undervisningen.",
            "Uses a digital tool in teaching."),
        new LocalizedText(
            "Kuvaus ja kuva oppilaiden työstä.",
            "Beskrivning och bild av elevernas arbete.",
            "A description and a picture of the pupils' work."));
  }
}
