package fi.opeverkko.demo;

import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.Course;
import fi.opeverkko.courses.CourseDetails;
import fi.opeverkko.courses.CourseReplay;
import fi.opeverkko.courses.SessionDetails;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.courses.SignUp;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo network's central courses of this school year, written through {@link CourseReplay}: a
 * team's course full with a waitlist (seed 003's shape: contact days, webinars, an online part,
 * sparring), a Swedish course under its minimum, a mentors' course whose sign-ups wait for the
 * principal, and a course whose sign-up opens later.
 */
final class CourseSamples {

  private static final String HOUSE = "Opettajien talo, Sturenkatu 2, Helsinki";
  private static final String MEETING = "https://meet.opeverkko.example/";

  private final CourseReplay replay;
  private final LocalDateTime now;
  private final LocalDate today;

  CourseSamples(EntityManager em, LocalDateTime now) {
    this.replay = new CourseReplay(em);
    this.now = now;
    this.today = now.toLocalDate();
  }

  /**
   * Writes the courses and signs up the staff given, school by school.
   *
   * @param staff the teachers of each school, the first schools Finnish, one of them Swedish
   */
  void courses(
      ExpertTeam environments,
      ExpertTeam steam,
      Map<School, List<Person>> staff,
      School swedish,
      School kallio,
      Person kallioPrincipal) {
    List<Map.Entry<School, Person>> finnish = new ArrayList<>();
    staff.forEach(
        (school, people) -> {
          if (school.getLanguage() == TeachingLanguage.FI) {
            people.forEach(person -> finnish.add(Map.entry(school, person)));
          }
        });

    Course full =
        replay.course(
            details(
                environments,
                new LocalizedName(
                    "Digiloikka: oppimisympäristöt",
                    "Digisprånget: lärmiljöer",
                    "Digital leap: learning environments"),
                TeachingLanguage.FI,
                Level.ADVANCED,
                20,
                8,
                false,
                null,
                List.of(
                    contactDay(30),
                    contactDay(31),
                    webinar(44),
                    online(45, 14),
                    sparring(60),
                    contactDay(74),
                    contactDay(75)),
                Set.of()),
            environments,
            now.minusDays(20));
    // Twenty in, six on the waitlist.
    for (int i = 0; i < 26 && i < finnish.size(); i++) {
      replay.signUp(
          full, finnish.get(i).getValue(), finnish.get(i).getKey(), now.minusDays(14).plusHours(i));
    }

    Course svenska =
        replay.course(
            details(
                null,
                new LocalizedName(
                    "Yhteisöllinen oppiminen", "Kollaborativt lärande", "Collaborative learning"),
                TeachingLanguage.SV,
                Level.BASIC,
                15,
                8,
                false,
                null,
                List.of(contactDay(40), webinar(54)),
                Set.of()),
            null,
            now.minusDays(10));
    List<Person> swedishStaff = staff.getOrDefault(swedish, List.of());
    for (int i = 0; i < 3 && i < swedishStaff.size(); i++) {
      replay.signUp(svenska, swedishStaff.get(i), swedish, now.minusDays(5).plusHours(i));
    }

    Course mentors =
        replay.course(
            new CourseDetails(
                new LocalizedName(
                    "Mentorointi ja vertaisoppiminen",
                    "Mentorskap och kamratlärande",
                    "Mentoring and peer learning"),
                description(),
                TeachingLanguage.FI,
                Set.of(SchoolType.COMPREHENSIVE, SchoolType.GENERAL_UPPER_SECONDARY),
                Set.of(SchoolRole.MENTOR, SchoolRole.TUTOR),
                Level.DEVELOPER,
                environments.getId(),
                "HELSINKI",
                16,
                6,
                today.minusDays(7),
                today.plusDays(14),
                today.plusDays(18),
                true,
                15000,
                List.of(contactDay(35), sparring(50)),
                Set.of()),
            environments,
            now.minusDays(8));
    List<Person> kallioStaff = staff.getOrDefault(kallio, List.of());
    for (int i = 0; i < 3 && i < kallioStaff.size(); i++) {
      SignUp signUp = replay.signUp(mentors, kallioStaff.get(i), kallio, now.minusDays(3));
      // The first was approved with a substitute; the others wait for the principal.
      if (i == 0) {
        replay.approve(signUp, true, kallioPrincipal, now.minusDays(2));
      }
    }

    replay.course(
        new CourseDetails(
            new LocalizedName("STEAM-projektit", "STEAM-projekt", "STEAM projects"),
            description(),
            TeachingLanguage.FI,
            Set.of(),
            Set.of(),
            Level.ADVANCED,
            steam.getId(),
            null,
            30,
            10,
            today.plusDays(10),
            today.plusDays(40),
            today.plusDays(45),
            false,
            null,
            List.of(webinar(60), webinar(74), online(75, 20), webinar(96)),
            Set.of()),
        steam,
        now.minusDays(1));
  }

  private CourseDetails details(
      ExpertTeam team,
      LocalizedName name,
      TeachingLanguage language,
      Level level,
      int capacity,
      int minimum,
      boolean approval,
      Integer priceCents,
      List<SessionDetails> sessions,
      Set<Long> badgeIds) {
    return new CourseDetails(
        name,
        description(),
        language,
        Set.of(SchoolType.COMPREHENSIVE),
        Set.of(),
        level,
        team == null ? null : team.getId(),
        null,
        capacity,
        minimum,
        today.minusDays(20),
        today.plusDays(20),
        today.plusDays(25),
        approval,
        priceCents,
        sessions,
        badgeIds);
  }

  private static LocalizedText description() {
    return new LocalizedText(
        "Lähipäiviä, webinaareja, verkko-opiskelua ja pienryhmäsparrausta; lopuksi esittelet oman"
            + " kokeilusi. Maksuton, ellei toisin mainita.",
        "Närdagar, webbinarier, studier på nätet och sparrning i små grupper; till sist presenterar"
            + " du ditt eget försök. Avgiftsfri om inte annat anges.",
        "Contact days, webinars, online study and small-group sparring; at the end you present"
            + " your own trial. Free of charge unless stated otherwise.");
  }

  private SessionDetails contactDay(int inDays) {
    LocalDateTime start = today.plusDays(inDays).atTime(9, 0);
    return new SessionDetails(SessionKind.CONTACT_DAY, start, start.plusHours(6), HOUSE, null);
  }

  private SessionDetails webinar(int inDays) {
    LocalDateTime start = today.plusDays(inDays).atTime(15, 0);
    return new SessionDetails(
        SessionKind.WEBINAR, start, start.plusMinutes(90), null, MEETING + inDays);
  }

  private SessionDetails online(int inDays, int forDays) {
    LocalDateTime start = today.plusDays(inDays).atStartOfDay();
    return new SessionDetails(
        SessionKind.ONLINE, start, start.plusDays(forDays), null, MEETING + "verkko");
  }

  private SessionDetails sparring(int inDays) {
    LocalDateTime start = today.plusDays(inDays).atTime(14, 0);
    return new SessionDetails(
        SessionKind.SPARRING, start, start.plusHours(1), null, MEETING + "sparraus");
  }
}
