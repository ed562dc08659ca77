package fi.opeverkko.demo;

import static fi.opeverkko.demo.DemoNames.DAY_CARE_NAMES;
import static fi.opeverkko.demo.DemoNames.ESPOO_DISTRICTS;
import static fi.opeverkko.demo.DemoNames.FIRST_NAMES;
import static fi.opeverkko.demo.DemoNames.HELSINKI_DISTRICTS;
import static fi.opeverkko.demo.DemoNames.LAST_NAMES;
import static fi.opeverkko.demo.DemoNames.VANTAA_DISTRICTS;

import fi.opeverkko.network.City;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.PersonDetails;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.network.TopicAudience;
import fi.opeverkko.network.TopicDetails;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.plans.PlanStatus;
import fi.opeverkko.plans.TutorPlan;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.visits.VisitStatus;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo network, built for one current school year: the three cities, their schools, the five
 * expert teams, a person behind every demo login of the Keycloak realm, and visits, plans and logs
 * in every state, and the teaching staff with their badges and levels.
 */
final class DemoNetwork {

  private final EntityManager em;
  private final SchoolYear year;
  private final SchoolYear lastYear;
  private int generatedPeople;

  /** The city whose coordinator keeps the people created next. */
  private City city;

  /** What the demo visits need of the network. */
  private final Map<String, Person> logins = new HashMap<>();

  private final Map<String, ExpertTeam> teams = new HashMap<>();
  private final Map<ExpertTeam, TeamTopic> firstTopics = new HashMap<>();
  private final Map<ExpertTeam, List<Person>> members = new LinkedHashMap<>();
  private final Map<ExpertTeam, List<TeamTopic>> topics = new HashMap<>();

  /** The generated schools' principals, tutors and mentors, for the demo plans and logs. */
  private final Map<School, Person> principals = new LinkedHashMap<>();

  private final Map<School, List<Person>> tutors = new LinkedHashMap<>();
  private final Map<School, List<Person>> mentors = new LinkedHashMap<>();

  /** The schools with a teaching staff (none in day care units), each with its principal. */
  private final Map<School, Person> teachingSchools = new LinkedHashMap<>();

  /** The demo expert works in two teams, as some experts do. */
  private Person expertOfTwoTeams;

  DemoNetwork(EntityManager em, SchoolYear year) {
    this.em = em;
    this.year = year;
    this.lastYear = year.previous();
  }

  void create() {
    City helsinki = city("HELSINKI", "Helsinki", "Helsingfors", "Helsinki");
    City espoo = city("ESPOO", "Espoo", "Esbo", "Espoo");
    City vantaa = city("VANTAA", "Vantaa", "Vanda", "Vantaa");
    city = helsinki;

    School kallio =
        school(
            helsinki,
            "Kallion peruskoulu",
            "Berghälls grundskola",
            SchoolType.COMPREHENSIVE,
            TeachingLanguage.FI,
            "Porvoonkatu 2, 00510 Helsinki");
    School larkkulla =
        school(
            helsinki,
            "Lärkkullan koulu",
            "Lärkkulla skola",
            SchoolType.COMPREHENSIVE,
            TeachingLanguage.SV,
            "Lärkkullavägen 4, 00650 Helsingfors");
    School satakieli =
        school(
            helsinki,
            "Päiväkoti Satakieli",
            "Daghemmet Näktergalen",
            SchoolType.DAY_CARE_UNIT,
            TeachingLanguage.FI,
            "Satakielenkuja 3, 00600 Helsinki");
    School harju =
        school(
            helsinki,
            "Harjun lukio",
            "Åsens gymnasium",
            SchoolType.GENERAL_UPPER_SECONDARY,
            TeachingLanguage.FI,
            "Harjutori 5, 00500 Helsinki");
    School vaskio =
        school(
            helsinki,
            "Ammattiopisto Vaskio",
            "Yrkesinstitutet Vaskio",
            SchoolType.VOCATIONAL,
            TeachingLanguage.FI,
            "Vaskitie 10, 00700 Helsinki");

    kallio.placeIn("Kallio");
    larkkulla.placeIn("Lauttasaari");
    satakieli.placeIn("Munkkiniemi");
    harju.placeIn("Kallio");
    vaskio.placeIn("Herttoniemi");
    assign(login("principal", "Paula", "Rehtori"), kallio, SchoolRole.PRINCIPAL, true);
    assign(login("principal-sv", "Stina", "Rektor"), larkkulla, SchoolRole.PRINCIPAL, true);
    assign(
        login("daycare-manager", "Päivi", "Päiväkoti"),
        satakieli,
        SchoolRole.DAY_CARE_MANAGER,
        true);
    assign(login("tutor", "Tuomas", "Tutor"), kallio, SchoolRole.TUTOR, true);
    assign(person("Riikka", "Rinne"), kallio, SchoolRole.TUTOR, false);
    assign(person("Sara", "Sundström"), larkkulla, SchoolRole.TUTOR, false);
    assign(login("mentor", "Mervi", "Mentori"), harju, SchoolRole.MENTOR, true);
    assign(person("Olli", "Ojala"), harju, SchoolRole.MENTOR, false);
    teachingSchools.put(harju, person("Hanna", "Harju"));
    assign(teachingSchools.get(harju), harju, SchoolRole.PRINCIPAL, false);
    assign(login("coach", "Kalle", "Valmentaja"), vaskio, SchoolRole.COACH, true);
    assign(login("digiagent", "Dina", "Digiagentti"), vaskio, SchoolRole.DIGITAL_AGENT, true);
    teachingSchools.put(vaskio, person("Ville", "Vaskinen"));
    assign(teachingSchools.get(vaskio), vaskio, SchoolRole.PRINCIPAL, false);

    generateSchools(helsinki, HELSINKI_DISTRICTS);
    generateSchools(espoo, ESPOO_DISTRICTS);
    generateSchools(vantaa, VANTAA_DISTRICTS);

    city = espoo;
    login("coordinator-espoo", "Eero", "Koordinaattori");
    city = vantaa;
    login("coordinator-vantaa", "Veera", "Koordinaattori");
    city = helsinki;
    login("admin", "Aino", "Admin");
    login("coordinator-helsinki", "Helena", "Koordinaattori");

    createTeams();
    createExpertTopics();
    createVisits(kallio, larkkulla, satakieli);
    createPlansAndLogs(kallio, larkkulla, harju, vaskio);
    Map<School, List<Person>> staff = createCompetence(kallio, larkkulla, harju, vaskio);
    startAfresh();
    createCoursesAndLibrary(again(kallio), again(larkkulla), refound(staff));
    createPilots(again(larkkulla));
  }

  /**
   * Writes what is made so far and empties the persistence context, the entities still to be used
   * found again. Without weaving EclipseLink compares every entity it manages at each flush, and
   * the course, feedback and library samples flush before most of their queries: with the whole
   * network still managed, the demo took 17 s to load (35 s beside Keycloak's first start). It is
   * still one transaction: a failed load leaves nothing behind.
   */
  private void startAfresh() {
    em.flush();
    em.clear();
    city = again(city);
    expertOfTwoTeams = again(expertOfTwoTeams);
    for (Map<?, ?> map :
        List.of(
            logins,
            teams,
            firstTopics,
            members,
            topics,
            principals,
            tutors,
            mentors,
            teachingSchools)) {
      findAgain(map);
    }
  }

  private <K, V> void findAgain(Map<K, V> map) {
    Map<K, V> found = refound(map);
    map.clear();
    map.putAll(found);
  }

  /** A copy of the map, its entity keys and values (or lists of them) found again, in order. */
  private <K, V> Map<K, V> refound(Map<K, V> map) {
    Map<K, V> found = new LinkedHashMap<>();
    map.forEach((key, value) -> found.put(again(key), again(value)));
    return found;
  }

  /** The entity as the emptied persistence context finds it; a list, each of its entities. */
  @SuppressWarnings("unchecked")
  private <T> T again(T value) {
    if (value instanceof String) {
      return value;
    }
    if (value instanceof List<?> list) {
      return (T) list.stream().map(this::again).collect(Collectors.toCollection(ArrayList::new));
    }
    Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
    return (T) em.find(value.getClass(), id);
  }

  /**
   * The pilot schools of the year: Lärkkulla and the first of the schools with a teaching staff,
   * each written by its principal (and tutors or mentors); Kallio is left to start one.
   */
  private void createPilots(School larkkulla) {
    Map<School, List<Person>> pilots = new LinkedHashMap<>();
    pilots.put(larkkulla, List.of(logins.get("principal-sv")));
    teachingSchools.entrySet().stream()
        .limit(10)
        .forEach(
            school -> {
              List<Person> writers = new ArrayList<>(List.of(school.getValue()));
              writers.addAll(tutors.getOrDefault(school.getKey(), List.of()));
              writers.addAll(mentors.getOrDefault(school.getKey(), List.of()));
              pilots.put(school.getKey(), writers);
            });
    new PilotSamples(em, year).create(pilots);
  }

  /**
   * The teaching staff of every school and where each teacher stands with the badges; the demo
   * logins {@code teacher} (Kallio, asked for more) and {@code reviewer} (a founding member of the
   * granting community at Harju, a review waiting). Made after everything else, so that the
   * generated people before keep their names and addresses.
   */
  private Map<School, List<Person>> createCompetence(
      School kallio, School larkkulla, School harju, School vaskio) {
    // The named schools first (Harju and Vaskio lead the others already).
    Map<School, Person> schools = new LinkedHashMap<>();
    schools.put(kallio, logins.get("principal"));
    schools.put(larkkulla, logins.get("principal-sv"));
    schools.putAll(teachingSchools);

    Person teacher = login("teacher", "Tiina", "Opettaja");
    assign(teacher, kallio, SchoolRole.TEACHER, true);
    Person reviewer = login("reviewer", "Reijo", "Arvioija");
    assign(reviewer, harju, SchoolRole.TEACHER, true);
    Person applicant = person("Kaisa", "Koivisto");
    assign(applicant, kallio, SchoolRole.TEACHER, false);

    Map<School, List<Person>> staff = new LinkedHashMap<>();
    int s = 0;
    for (School school : schools.keySet()) {
      city = school.getCity();
      // Named schools are bigger; the generated ones have 4 to 9 teachers.
      int count = s < 4 ? 12 : 4 + s % 6;
      List<Person> teachers = new ArrayList<>();
      for (int t = 0; t < count; t++) {
        Person person = person();
        assign(person, school, SchoolRole.TEACHER, false);
        teachers.add(person);
      }
      staff.put(school, teachers);
      s++;
    }

    CompetenceSamples samples = new CompetenceSamples(em, LocalDateTime.now(Clock.NETWORK_ZONE));
    samples.catalogue();
    samples.founder(reviewer, harju);
    List<Person> founders = new ArrayList<>(List.of(reviewer));
    for (School school : List.of(kallio, larkkulla, vaskio)) {
      Person founder = staff.get(school).get(0);
      samples.founder(founder, school);
      founders.add(founder);
    }
    int n = 0;
    for (Map.Entry<School, List<Person>> school : staff.entrySet()) {
      for (Person person : school.getValue()) {
        if (!founders.contains(person)) {
          samples.teacher(person, school.getKey(), schools.get(school.getKey()), n++);
        }
      }
    }
    samples.askedForMore(teacher, reviewer);
    samples.waitingFor(reviewer, applicant);
    return staff;
  }

  /**
   * Courses in every state with their sign-ups, the survey rounds, past courses' feedback and
   * history, and the library's items, for the teaching staff of {@link #createCompetence}.
   */
  private void createCoursesAndLibrary(
      School kallio, School larkkulla, Map<School, List<Person>> staff) {
    Person teacher = logins.get("teacher");
    new CourseSamples(em, LocalDateTime.now(Clock.NETWORK_ZONE))
        .courses(
            teams.get("LEARNING_ENVIRONMENTS"),
            teams.get("STEAM"),
            staff,
            larkkulla,
            kallio,
            logins.get("principal"));
    new SurveySamples(em, LocalDate.now(Clock.NETWORK_ZONE)).rounds(year, staff);
    new CourseFeedbackSamples(em, LocalDateTime.now(Clock.NETWORK_ZONE))
        .pastCourses(
            teams.get("LEARNING_ENVIRONMENTS"),
            teams.get("STEAM"),
            kallio,
            staff.get(kallio).subList(5, 12),
            teacher);
    CourseHistorySamples history =
        new CourseHistorySamples(em, LocalDateTime.now(Clock.NETWORK_ZONE));
    history.heldCourse(
        teams.get("LEARNING_ENVIRONMENTS"),
        logins.get("team-leader"),
        teacher,
        kallio,
        staff.get(kallio).subList(6, 12));
    history.swedishUnderMinimum(
        teams.get("LEARNING_ENVIRONMENTS"), larkkulla, staff.get(larkkulla).subList(6, 12));
    new LibrarySamples(em, LocalDateTime.now(Clock.NETWORK_ZONE))
        .items(
            List.of(
                new LibrarySamples.Publisher("team-leader", logins.get("team-leader")),
                new LibrarySamples.Publisher("expert", logins.get("expert")),
                new LibrarySamples.Publisher(
                    "coordinator-helsinki", logins.get("coordinator-helsinki"))),
            logins.get("principal"),
            kallio,
            firstTopics.get(teams.get("LEARNING_ENVIRONMENTS")));
  }

  /**
   * Plans in every state and a year of logs: Kallio's tutors have last year's approved plan to copy
   * and none yet for this year; Lärkkulla's waits for its principal; the generated schools have
   * plans approved, returned, in draft or missing; mentors, coaches and digital agents log.
   */
  private void createPlansAndLogs(School kallio, School larkkulla, School harju, School vaskio) {
    PlanSamples samples = new PlanSamples(em, LocalDate.now(Clock.NETWORK_ZONE));
    Person tuomas = logins.get("tutor");
    TutorPlan kallioLastYear =
        samples.plan(kallio, lastYear, PlanStatus.APPROVED, "Tuomas Tutor", "Paula Rehtori");
    samples.log(tuomas, kallio, SchoolRole.TUTOR, lastYear, kallioLastYear, 0);
    samples.log(tuomas, kallio, SchoolRole.TUTOR, year, null, 3);
    samples.plan(larkkulla, year, PlanStatus.SUBMITTED, "Sara Sundström", "Stina Rektor");
    samples.log(logins.get("mentor"), harju, SchoolRole.MENTOR, year, null, 1);
    samples.log(logins.get("coach"), vaskio, SchoolRole.COACH, year, null, 2);
    samples.log(logins.get("digiagent"), vaskio, SchoolRole.DIGITAL_AGENT, year, null, 5);

    List<PlanStatus> cycle =
        List.of(PlanStatus.APPROVED, PlanStatus.RETURNED, PlanStatus.DRAFT, PlanStatus.SUBMITTED);
    int n = 0;
    for (Map.Entry<School, List<Person>> school : tutors.entrySet()) {
      // Every fifth school has not started its plan: the coordinator sees it missing.
      if (n++ % 5 == 4 || school.getValue().isEmpty()) {
        continue;
      }
      Person tutor = school.getValue().get(0);
      PlanStatus status = cycle.get(n % cycle.size());
      TutorPlan plan =
          samples.plan(
              school.getKey(),
              year,
              status,
              tutor.getFullName(),
              principals.get(school.getKey()).getFullName());
      samples.log(tutor, school.getKey(), SchoolRole.TUTOR, year, plan, n);
    }
    mentors.forEach(
        (school, people) ->
            people.forEach(
                mentor -> samples.log(mentor, school, SchoolRole.MENTOR, year, null, 7)));
  }

  /** A visit in every state, at three schools, for two teams. */
  private void createVisits(School kallio, School larkkulla, School satakieli) {
    VisitSamples samples = new VisitSamples(em, LocalDateTime.now(Clock.NETWORK_ZONE));
    ExpertTeam environments = teams.get("LEARNING_ENVIRONMENTS");
    ExpertTeam steam = teams.get("STEAM");
    Person paula = logins.get("principal");
    Person stina = logins.get("principal-sv");
    Person tuomas = logins.get("tutor");
    Person paivi = logins.get("daycare-manager");
    List<Person> leaderAndOne = members.get(environments).subList(0, 2);
    List<Person> steamExpert = List.of(logins.get("expert"));
    samples.visit(
        kallio,
        environments,
        firstTopics.get(environments),
        paula,
        VisitStatus.DRAFT,
        1,
        List.of(),
        0);
    samples.visit(kallio, environments, null, tuomas, VisitStatus.SUBMITTED, 3, List.of(), 0);
    // Waiting for an answer for over ten working days: the inbox flags it.
    samples.visit(
        larkkulla,
        environments,
        firstTopics.get(environments),
        stina,
        VisitStatus.SUBMITTED,
        20,
        List.of(),
        0);
    samples.visit(
        satakieli,
        environments,
        firstTopics.get(environments),
        paivi,
        VisitStatus.ACCEPTED,
        8,
        List.of(),
        0);
    samples.visit(
        kallio, steam, firstTopics.get(steam), paula, VisitStatus.SCHEDULED, 5, steamExpert, 0);
    samples.visit(larkkulla, environments, null, stina, VisitStatus.SCHEDULED, 6, leaderAndOne, 0);
    samples.visit(
        kallio,
        environments,
        firstTopics.get(environments),
        paula,
        VisitStatus.DELIVERED,
        60,
        leaderAndOne,
        4);
    // Feedback under 3.5: the team holds a feedback discussion.
    samples.visit(
        satakieli, steam, firstTopics.get(steam), paivi, VisitStatus.DELIVERED, 45, steamExpert, 3);
    samples.visit(
        kallio, steam, firstTopics.get(steam), tuomas, VisitStatus.CLOSED, 120, steamExpert, 5);
    samples.visit(larkkulla, steam, null, stina, VisitStatus.DECLINED, 30, List.of(), 0);
    samples.visit(satakieli, environments, null, paivi, VisitStatus.CANCELLED, 25, List.of(), 0);
    // Sent with a need and no team: it waits in the team leaders' triage list.
    samples.visit(satakieli, null, null, paivi, VisitStatus.SUBMITTED, 2, List.of(), 0);
  }

  private void createTeams() {
    Person tiittala = login("team-leader", "Tommi", "Tiittala");
    ExpertTeam environments =
        team(
            "LEARNING_ENVIRONMENTS",
            "Oppimisympäristöt",
            "Lärmiljöer",
            "Learning environments",
            tiittala);
    member(environments, tiittala, "12");
    topic(
        environments,
        "Oppimisympäristöt pihalla ja lähiluonnossa",
        "Lärmiljöer på gården och i närnaturen",
        "Learning outdoors: the school yard and nearby nature",
        "Miten koulun piha ja lähimetsä otetaan oppimisen paikoiksi kaikissa aineissa.",
        "Hur skolgården och närskogen blir platser för lärande i alla ämnen.",
        "Making the school yard and the nearby woods places of learning in every subject.",
        180,
        TopicAudience.DAY_CARE,
        TopicAudience.PRIMARY);
    topic(
        environments,
        "Digitaaliset oppimisympäristöt arjessa",
        "Digitala lärmiljöer i vardagen",
        "Digital learning environments every day",
        "Yhteiset pilvipalvelut, oppimisalustat ja laitteet luokan arjessa.",
        "Gemensamma molntjänster, lärplattformar och enheter i klassens vardag.",
        "Shared cloud services, learning platforms and devices in everyday classroom work.",
        90,
        TopicAudience.PRIMARY,
        TopicAudience.LOWER_SECONDARY,
        TopicAudience.UPPER_SECONDARY);
    member(environments, person("Laura", "Lahtinen"), "8");
    member(environments, person("Mikko", "Mäkelä"), "6");
    expertOfTwoTeams = login("expert", "Elina", "Asiantuntija");
    member(environments, expertOfTwoTeams, "4");

    Person jarva = person("Jesse", "Jarva");
    ExpertTeam phenomena =
        team(
            "PHENOMENON_BASED",
            "Ilmiöpohjainen oppiminen",
            "Fenomenbaserat lärande",
            "Phenomenon-based learning",
            jarva);
    member(phenomena, jarva, "12");
    topic(
        phenomena,
        "Monialaiset oppimiskokonaisuudet",
        "Mångvetenskapliga lärområden",
        "Multidisciplinary learning modules",
        "Ilmiöpohjaisen kokonaisuuden suunnittelu ja arviointi opettajatiiminä.",
        "Att planera och bedöma en fenomenbaserad helhet som lärarteam.",
        "Planning and assessing a phenomenon-based module as a teacher team.",
        120,
        TopicAudience.PRIMARY,
        TopicAudience.LOWER_SECONDARY);
    member(phenomena, person("Sanna", "Salo"), "8");

    Person akkola = person("Maisa", "Akkola");
    ExpertTeam language =
        team(
            "LANGUAGE_INTERACTION",
            "Kieli, vuorovaikutus ja ajattelun taidot",
            "Språk, interaktion och tänkande",
            "Language, interaction and thinking skills",
            akkola);
    member(language, akkola, "12");
    topic(
        language,
        "Kielitietoinen opetus",
        "Språkmedveten undervisning",
        "Language-aware teaching",
        "Jokainen opettaja on kielenopettaja: tekstitaidot ja vuorovaikutus kaikissa aineissa.",
        "Varje lärare är språklärare: textkompetens och interaktion i alla ämnen.",
        "Every teacher teaches language: literacies and interaction in every subject.",
        90,
        TopicAudience.DAY_CARE,
        TopicAudience.PRIMARY,
        TopicAudience.LOWER_SECONDARY,
        TopicAudience.UPPER_SECONDARY);
    member(language, person("Jonna", "Järvinen"), "6");

    Person roiha = person("Petteri", "Roiha");
    ExpertTeam palo =
        team(
            "PALO",
            "Portfoliooppiminen, arviointi ja laaja-alainen osaaminen (PALO)",
            "Portfoliolärande, bedömning och mångsidig kompetens (PALO)",
            "Portfolio learning, evaluation and broad-based competence (PALO)",
            roiha);
    member(palo, roiha, "12");
    topic(
        palo,
        "Portfolio oppimisen ja arvioinnin välineenä",
        "Portfolio som redskap för lärande och bedömning",
        "Portfolios for learning and assessment",
        "Digitaalinen portfolio, itse- ja vertaisarviointi sekä osaamismerkit.",
        "Digital portfolio, själv- och kamratbedömning samt kompetensmärken.",
        "Digital portfolios, self- and peer assessment, and competence badges.",
        120,
        TopicAudience.PRIMARY,
        TopicAudience.LOWER_SECONDARY,
        TopicAudience.VOCATIONAL);
    member(palo, person("Antti", "Aalto"), "8");

    Person onniselka = person("Suaad", "Onniselkä");
    ExpertTeam steam = team("STEAM", "STEAM", "STEAM", "STEAM", onniselka);
    member(steam, onniselka, "12");
    topic(
        steam,
        "Ohjelmointi ja robotiikka alakoulussa",
        "Programmering och robotik i lågstadiet",
        "Coding and robotics in primary school",
        "Ohjelmoinnin alkeet ja robotiikka osana matematiikkaa ja käsitöitä.",
        "Grunderna i programmering och robotik som en del av matematik och slöjd.",
        "First steps in coding and robotics as part of mathematics and crafts.",
        90,
        TopicAudience.PRIMARY);
    member(steam, expertOfTwoTeams, "8");
    member(steam, person("Kari", "Koskinen"), "6");
  }

  /**
   * Every member gives their team's topics, except two who do not go outdoors: proposals never name
   * an expert for a topic they do not give, and the outdoor topic goes to the members with a login
   * (the leader and the demo expert). The experts work from the districts in turn.
   */
  private void createExpertTopics() {
    List<String> areas = List.of("Kallio", "Lauttasaari", "Munkkiniemi", "Herttoniemi");
    Set<String> indoors = Set.of("Mäkelä", "Lahtinen");
    int n = 0;
    for (Map.Entry<ExpertTeam, List<Person>> team : members.entrySet()) {
      TeamTopic outdoors = firstTopics.get(team.getKey());
      for (Person member : team.getValue()) {
        if (member.getArea() == null) {
          member.placeIn(areas.get(n++ % areas.size()));
        }
        for (TeamTopic topic : topics.getOrDefault(team.getKey(), List.of())) {
          if (!(topic.equals(outdoors) && indoors.contains(member.getLastName()))) {
            topic.addExpert(member);
          }
        }
      }
    }
  }

  /** Every district gets a day care unit and a comprehensive school; some more. */
  private void generateSchools(City city, List<String> districts) {
    this.city = city;
    for (int i = 0; i < districts.size(); i++) {
      // "Herttoniemi:Herttoniemen": the district, and its genitive for the schools' names.
      String district = districts.get(i).split(":")[0];
      String genitive = districts.get(i).split(":")[1];
      boolean swedish = i % 7 == 3;
      TeachingLanguage language = swedish ? TeachingLanguage.SV : TeachingLanguage.FI;
      String address = genitive + "tie " + (i + 1);

      // Day care units are the most numerous: three in every district.
      for (int d = 0; d < 3; d++) {
        String[] unit = DAY_CARE_NAMES.get((i + d * 5) % DAY_CARE_NAMES.size()).split(":");
        School dayCare =
            school(
                city,
                "Päiväkoti " + unit[0] + " (" + district + ")",
                "Daghemmet " + unit[1] + " (" + district + ")",
                SchoolType.DAY_CARE_UNIT,
                language,
                genitive + "polku " + (d + 1));
        dayCare.placeIn(district);
        assign(person(), dayCare, SchoolRole.DAY_CARE_MANAGER, false);
      }

      School comprehensive =
          school(
              city,
              genitive + " peruskoulu",
              district + " grundskola",
              SchoolType.COMPREHENSIVE,
              language,
              address);
      comprehensive.placeIn(district);
      Person principal = person();
      assign(principal, comprehensive, SchoolRole.PRINCIPAL, false);
      principals.put(comprehensive, principal);
      teachingSchools.put(comprehensive, principal);
      List<Person> schoolTutors = new ArrayList<>();
      // A few schools have no tutor yet: the coordinators' coverage gap.
      int tutorCount = i % 5 == 4 ? 0 : 1 + i % 4;
      for (int t = 0; t < tutorCount; t++) {
        Person tutor = person();
        assign(tutor, comprehensive, SchoolRole.TUTOR, false);
        schoolTutors.add(tutor);
      }
      tutors.put(comprehensive, schoolTutors);

      if (i % 3 == 0) {
        School upperSecondary =
            school(
                city,
                genitive + " lukio",
                district + " gymnasium",
                SchoolType.GENERAL_UPPER_SECONDARY,
                language,
                address);
        upperSecondary.placeIn(district);
        Person head = person();
        assign(head, upperSecondary, SchoolRole.PRINCIPAL, false);
        teachingSchools.put(upperSecondary, head);
        int mentorCount = i % 9 == 6 ? 1 : 2;
        List<Person> schoolMentors = new ArrayList<>();
        for (int m = 0; m < mentorCount; m++) {
          Person mentor = person();
          assign(mentor, upperSecondary, SchoolRole.MENTOR, false);
          schoolMentors.add(mentor);
        }
        mentors.put(upperSecondary, schoolMentors);
      }
      if (i % 8 == 0) {
        School vocational =
            school(
                city,
                "Ammattiopisto " + district,
                "Yrkesinstitutet " + district,
                SchoolType.VOCATIONAL,
                language,
                address);
        vocational.placeIn(district);
        Person head = person();
        assign(head, vocational, SchoolRole.PRINCIPAL, false);
        teachingSchools.put(vocational, head);
        assign(person(), vocational, SchoolRole.COACH, false);
        assign(person(), vocational, SchoolRole.DIGITAL_AGENT, false);
      }
    }
  }

  private City city(String code, String fi, String sv, String en) {
    City city = new City(code, new LocalizedName(fi, sv, en));
    em.persist(city);
    return city;
  }

  private School school(
      City city, String fi, String sv, SchoolType type, TeachingLanguage language, String address) {
    School school = new School(city, fi, sv, type, language, address);
    em.persist(school);
    return school;
  }

  private ExpertTeam team(String code, String fi, String sv, String en, Person leader) {
    ExpertTeam team = new ExpertTeam(code, new LocalizedName(fi, sv, en), leader);
    em.persist(team);
    teams.put(code, team);
    return team;
  }

  private void topic(
      ExpertTeam team,
      String titleFi,
      String titleSv,
      String titleEn,
      String descriptionFi,
      String descriptionSv,
      String descriptionEn,
      int typicalMinutes,
      TopicAudience... audiences) {
    TopicDetails details = new TopicDetails();
    details.setTitleFi(titleFi);
    details.setTitleSv(titleSv);
    details.setTitleEn(titleEn);
    details.setDescriptionFi(descriptionFi);
    details.setDescriptionSv(descriptionSv);
    details.setDescriptionEn(descriptionEn);
    details.setAudiences(EnumSet.copyOf(List.of(audiences)));
    details.setTypicalMinutes(typicalMinutes);
    TeamTopic topic = new TeamTopic(team, details);
    em.persist(topic);
    firstTopics.putIfAbsent(team, topic);
    topics.computeIfAbsent(team, t -> new ArrayList<>()).add(topic);
  }

  private void member(ExpertTeam team, Person person, String weeklyHours) {
    em.persist(new TeamMembership(team, person, year, new BigDecimal(weeklyHours)));
    members.computeIfAbsent(team, t -> new ArrayList<>()).add(person);
  }

  /** Assigns for this school year and, when the role has a history, for the last one too. */
  private void assign(Person person, School school, SchoolRole role, boolean alsoLastYear) {
    em.persist(new SchoolAssignment(person, school, role, year));
    if (alsoLastYear) {
      em.persist(new SchoolAssignment(person, school, role, lastYear));
    }
  }

  private Person login(String loginName, String firstName, String lastName) {
    String email = loginName + "@opeverkko.example";
    // The Swedish-speaking principal works in Swedish: their emails come in Swedish.
    Person person =
        loginName.endsWith("-sv")
            ? swedishSpeaker(firstName, lastName, email)
            : person(firstName, lastName, email);
    person.linkLogin(loginName);
    logins.put(loginName, person);
    return person;
  }

  private Person swedishSpeaker(String firstName, String lastName, String email) {
    Person person =
        new Person(
            city, new PersonDetails(firstName, lastName, email, null, EnumSet.of(WorkLanguage.SV)));
    em.persist(person);
    return person;
  }

  private Person person(String firstName, String lastName) {
    String email =
        (firstName + "." + lastName).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")
            + "@opeverkko.example";
    return person(firstName, lastName, email);
  }

  private Person person(String firstName, String lastName, String email) {
    Person person = new Person(city, firstName, lastName, email);
    em.persist(person);
    return person;
  }

  /** A generated staff member with a plausible Finnish name. */
  private Person person() {
    int n = generatedPeople++;
    String first = FIRST_NAMES.get(n % FIRST_NAMES.size());
    String last = LAST_NAMES.get((n / FIRST_NAMES.size() + n) % LAST_NAMES.size());
    return person(first, last, "staff" + n + "@opeverkko.example");
  }
}
