package fi.opeverkko.it;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.library.LibraryReplay;
import fi.opeverkko.library.Licence;
import fi.opeverkko.library.PracticeDraft;
import fi.opeverkko.library.PracticeKind;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * Fills the library for the scale test: items of every area, kind, level and school type with texts
 * made of a small vocabulary (so words hit a share of them), published by the demo's team leader
 * over the past years; their subject marks them, and {@link #withdrawLoaded} hides them again so
 * the demo's library stays as it was. Also finds a demo topic and course for the link tests.
 */
@ApplicationScoped
public class LibraryLoader {

  /** The subject every loaded item has. */
  static final String SUBJECT = "Mittakirjasto";

  private static final String[] WORDS = {
    "portfolio", "ilmiö", "metsä", "museo", "matematiikka", "kielet", "liikunta", "ohjelmointi",
    "robotiikka", "kuvataide", "musiikki", "historia", "kemia", "fysiikka", "maantieto", "biologia",
    "lukutaito", "arviointi", "projekti", "yhteistyö"
  };

  private static final int BATCH = 100;

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Inject private Clock clock;

  /** Writes {@code count} items in batches of a hundred; one transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void items(int count) {
    Person author =
        em.createQuery("SELECT p FROM Person p WHERE p.loginName = 'team-leader'", Person.class)
            .getSingleResult();
    LibraryReplay replay = new LibraryReplay(em);
    LocalDateTime now = clock.now();
    for (int n = 0; n < count; n++) {
      replay.item("team-leader", author, null, false, draft(n), now.minusMinutes(n * 97L));
      if (n % BATCH == BATCH - 1) {
        em.clear();
        author = em.find(Person.class, author.getId());
      }
    }
  }

  private static PracticeDraft draft(int n) {
    String words =
        WORDS[n % WORDS.length] + " " + WORDS[(n / 3) % WORDS.length] + " " + WORDS[(n / 7) % 20];
    return new PracticeDraft(
        new LocalizedText("Käytäntö " + n + ": " + words, n % 2 == 0 ? "Praxis " + n : null, null),
        new LocalizedText(
            "Kuvaus, jossa " + words + " ja oppilaiden oma työ yhdistyvät, numero " + n + ".",
            null,
            n % 3 == 0 ? "A description of " + words + ", number " + n + "." : null),
        PracticeKind.values()[n % PracticeKind.values().length],
        DevelopmentArea.values()[n % DevelopmentArea.values().length],
        n % 4 == 0 ? null : 1 + n % 3,
        n % 5 == 0 ? null : SchoolType.values()[n % SchoolType.values().length],
        SUBJECT,
        (6 + n % 12) + "–" + (7 + n % 12),
        n % PracticeKind.values().length == PracticeKind.VIDEO.ordinal()
            ? "https://video.opeverkko.example/" + n
            : null,
        Licence.values()[n % Licence.values().length]);
  }

  /** Hides the loaded items from every search again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int withdrawLoaded() {
    return em.createNativeQuery(
            "UPDATE library_item SET withdrawn_at = CURRENT_TIMESTAMP WHERE subject = ?1")
        .setParameter(1, SUBJECT)
        .executeUpdate();
  }

  /** A topic of the demo's team catalogue. */
  public Long aTopic() {
    return em.createQuery("SELECT t.id FROM TeamTopic t ORDER BY t.id", Long.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** A course of the demo. */
  public Long aCourse() {
    return em.createQuery("SELECT c.id FROM Course c ORDER BY c.id", Long.class)
        .setMaxResults(1)
        .getSingleResult();
  }
}
