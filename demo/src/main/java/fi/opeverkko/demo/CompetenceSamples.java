package fi.opeverkko.demo;

import fi.opeverkko.competence.ApplicationAction;
import fi.opeverkko.competence.Badge;
import fi.opeverkko.competence.BadgeApplication;
import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.CompetenceReplay;
import fi.opeverkko.competence.EvidenceDetails;
import fi.opeverkko.competence.EvidenceUpload;
import fi.opeverkko.competence.Level;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo network's badges and levels, walked through their real life ({@link CompetenceReplay})
 * with back-dated times: the catalogue, the founding members who grant, and each teacher somewhere
 * on the way, so that the standing shows most of the staff at level 1, fewer at level 2 and a few
 * at level 3, with levels waiting for their principal and applications at every stage.
 */
final class CompetenceSamples {

  private static final String KEEPER = "Aino Admin";

  private static final String MORE_ASKED =
      "Kuvaus on hyvä alku. Lisää vielä linkki tai kuva oppilaiden yhteisestä dokumentista"
          + " kommentteineen, niin näen, miten ohjasit työtä.";

  private static final String DECLINED =
      "Kuvaus kertoo koulutuksesta, johon osallistuit, mutta ei siitä, miten käytit taitoa omassa"
          + " opetuksessasi. Hae uudelleen, kun olet kokeillut sitä luokassa.";

  /** A one-page PDF, the evidence file a reader of the demo downloads. */
  private static final byte[] LESSON_PLAN =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  private final CompetenceReplay replay;
  private final LocalDateTime now;
  private final Map<Level, List<Badge>> badges = new EnumMap<>(Level.class);

  /** The founding members and the school of each, from which they review nobody. */
  private final Map<Person, School> founders = new LinkedHashMap<>();

  private int turn;

  CompetenceSamples(EntityManager em, LocalDateTime now) {
    this.replay = new CompetenceReplay(em);
    this.now = now;
  }

  /** The catalogue, kept since the autumn before last. */
  void catalogue() {
    for (BadgeDetails details : DemoBadges.CATALOGUE) {
      badges
          .computeIfAbsent(details.level(), level -> new ArrayList<>())
          .add(replay.badge(details, KEEPER, now.minusDays(400)));
    }
  }

  /** A founding member of the granting community, working in the school. */
  void founder(Person person, School school) {
    replay.foundingMember(person, KEEPER, now.minusDays(390));
    founders.put(person, school);
  }

  /**
   * Where the {@code n}th teacher of the network stands, by n modulo 20: one in twenty holds every
   * badge, five more levels 1 and 2, seven more level 1, some a level still waiting for the
   * principal; the rest have applications sent, asked for more or declined, or nothing yet.
   */
  void teacher(Person teacher, School school, Person principal, int n) {
    int days = 30 + n % 200;
    int stage = n % 20;
    if (stage == 0) {
      earn(Level.BASIC, teacher, school, days + 120);
      earn(Level.ADVANCED, teacher, school, days + 60);
      earn(Level.DEVELOPER, teacher, school, days);
      confirm(teacher, Level.BASIC, principal, days + 110);
      confirm(teacher, Level.ADVANCED, principal, days + 50);
      if (n % 40 == 0) {
        confirm(teacher, Level.DEVELOPER, principal, days - 10);
      }
    } else if (stage <= 5) {
      earn(Level.BASIC, teacher, school, days + 60);
      earn(Level.ADVANCED, teacher, school, days);
      confirm(teacher, Level.BASIC, principal, days + 50);
      if (stage % 2 == 1) {
        confirm(teacher, Level.ADVANCED, principal, days - 10);
      }
    } else if (stage <= 12) {
      earn(Level.BASIC, teacher, school, days);
      if (stage < 12) {
        confirm(teacher, Level.BASIC, principal, days - 10);
      }
    } else if (stage <= 15) {
      granted(badge(Level.BASIC, 0), teacher, reviewerFor(teacher, school), days);
      // Sent 2 to 20 days ago: a few have waited over ten working days and are flagged.
      BadgeApplication sent =
          sent(badge(Level.BASIC, 1), teacher, reviewerFor(teacher, school), 2 + n % 19);
      if (stage == 15) {
        replay.review(sent, ApplicationAction.ASK_MORE, MORE_ASKED, now.minusDays(1));
      }
    } else if (stage == 16) {
      BadgeApplication declined =
          sent(badge(Level.BASIC, 0), teacher, reviewerFor(teacher, school), days);
      replay.review(declined, ApplicationAction.DECLINE, DECLINED, at(days - 4));
    }
  }

  /**
   * The {@code teacher} login: the first badge granted, the second sent to the {@code reviewer}
   * login, who asked for more.
   */
  void askedForMore(Person teacher, Person reviewer) {
    granted(badge(Level.BASIC, 0), teacher, reviewer, 60);
    BadgeApplication sent = sent(badge(Level.BASIC, 1), teacher, reviewer, 12);
    replay.file(sent, new EvidenceUpload("Tuntisuunnitelma.pdf", LESSON_PLAN), at(12));
    replay.review(sent, ApplicationAction.ASK_MORE, MORE_ASKED, at(9));
  }

  /** An application sent two days ago, waiting for the reviewer. */
  void waitingFor(Person reviewer, Person applicant) {
    sent(badge(Level.BASIC, 2), applicant, reviewer, 2);
  }

  private void earn(Level level, Person teacher, School school, int daysAgo) {
    for (Badge badge : badges.get(level)) {
      granted(badge, teacher, reviewerFor(teacher, school), daysAgo);
    }
  }

  private void granted(Badge badge, Person teacher, Person reviewer, int daysAgo) {
    replay.grant(sent(badge, teacher, reviewer, daysAgo), at(daysAgo - 5));
  }

  private BadgeApplication sent(Badge badge, Person teacher, Person reviewer, int daysAgo) {
    return replay.send(badge, teacher, evidenceFor(badge), reviewer, at(daysAgo));
  }

  private void confirm(Person teacher, Level level, Person principal, int daysAgo) {
    replay.confirm(teacher, level, principal.getFullName(), at(daysAgo));
  }

  /** The founding members in turn, skipping those of the teacher's own school. */
  private Person reviewerFor(Person teacher, School school) {
    List<Person> members = new ArrayList<>(founders.keySet());
    for (int i = 0; i < members.size(); i++) {
      Person candidate = members.get(turn++ % members.size());
      if (!founders.get(candidate).equals(school) && !candidate.equals(teacher)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no founding member outside " + school.getNameFi());
  }

  private Badge badge(Level level, int index) {
    return badges.get(level).get(index);
  }

  private static EvidenceDetails evidenceFor(Badge badge) {
    return new EvidenceDetails(
        "Käytin taitoa ("
            + badge.getName().fi()
            + ") kuudennen luokan kanssa syyslukukaudella: suunnittelimme jakson yhdessä"
            + " tutoropettajan kanssa, ja oppilaat tekivät työt pareittain.",
        List.of("https://oppimisymparisto.opeverkko.example/jakso/" + badge.getId()));
  }

  private LocalDateTime at(int daysAgo) {
    return now.minusDays(daysAgo);
  }
}
