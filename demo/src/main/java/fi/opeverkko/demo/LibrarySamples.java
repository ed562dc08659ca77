package fi.opeverkko.demo;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.library.LibraryReplay;
import fi.opeverkko.library.Licence;
import fi.opeverkko.library.PracticeDraft;
import fi.opeverkko.library.PracticeKind;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.platform.LocalizedText;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The demo library: fifteen items across the five development areas and the four kinds, most in all
 * three languages, some in one (shown in it to every reader); a pilot school's outcome from Kallio;
 * a few weeks of views and downloads so that "popular" has something to show; some items linked to
 * the learning environments team's first topic and to a course.
 */
final class LibrarySamples {

  private final EntityManager em;
  private final LibraryReplay replay;
  private final LocalDateTime now;

  LibrarySamples(EntityManager em, LocalDateTime now) {
    this.em = em;
    this.replay = new LibraryReplay(em);
    this.now = now;
  }

  private record Sample(
      String titleFi,
      String titleSv,
      String titleEn,
      String summaryFi,
      String summarySv,
      String summaryEn,
      PracticeKind kind,
      DevelopmentArea area,
      Integer level,
      SchoolType schoolType,
      String subject,
      String ageGroup,
      String videoUrl,
      Licence licence) {

    PracticeDraft draft() {
      return new PracticeDraft(
          new LocalizedText(titleFi, titleSv, titleEn),
          new LocalizedText(summaryFi, summarySv, summaryEn),
          kind,
          area,
          level,
          schoolType,
          subject,
          ageGroup,
          videoUrl,
          licence);
    }
  }

  private static final List<Sample> EXPERTS =
      List.of(
          new Sample(
              "Portfolio näkyväksi: oppilaan oma kasvun kansio",
              "Portfolion synlig: elevens egen mapp för växande",
              "Making the portfolio visible: the pupil's own growth folder",
              "Oppilaat kokoavat töitään sähköiseen portfolioon koko lukuvuoden ja pohtivat oppimistaan kuukausittain.",
              "Eleverna samlar sina arbeten i en e-portfolio under hela läsåret och reflekterar över sitt lärande varje månad.",
              "Pupils gather their work in an e-portfolio over the whole school year and reflect on their learning every month.",
              PracticeKind.PRACTICE,
              DevelopmentArea.E_PORTFOLIO,
              1,
              SchoolType.COMPREHENSIVE,
              "Kaikki aineet",
              "7–9",
              null,
              Licence.CC_BY),
          new Sample(
              "Portfolion arviointikeskustelu",
              "Bedömningssamtal kring portfolion",
              "The portfolio assessment conversation",
              "Tuntisuunnitelma arviointikeskusteluun, jossa oppilas esittelee portfolionsa huoltajalle ja opettajalle.",
              "En lektionsplanering för ett bedömningssamtal där eleven presenterar sin portfolio för vårdnadshavare och lärare.",
              "A lesson plan for an assessment conversation in which the pupil presents their portfolio to a guardian and the teacher.",
              PracticeKind.LESSON_PLAN,
              DevelopmentArea.E_PORTFOLIO,
              2,
              SchoolType.COMPREHENSIVE,
              "Kaikki aineet",
              "3–6",
              null,
              Licence.CC_BY_SA),
          new Sample(
              "Ilmiöviikko: vesi lähiympäristössä",
              "Fenomenvecka: vatten i närmiljön",
              "Phenomenon week: water around us",
              "Viikon mittainen ilmiökokonaisuus, jossa biologia, maantieto, kemia ja äidinkieli yhdistyvät vesinäytteiden ympärille.",
              "En veckolång fenomenhelhet där biologi, geografi, kemi och modersmål förenas kring vattenprover.",
              "A week-long phenomenon unit joining biology, geography, chemistry and mother tongue around water samples.",
              PracticeKind.PRACTICE,
              DevelopmentArea.PHENOMENON_BASED_LEARNING,
              2,
              SchoolType.COMPREHENSIVE,
              "Biologia ja maantieto",
              "5–6",
              null,
              Licence.CC_BY),
          new Sample(
              "Ilmiöoppimisen suunnittelupohja",
              "Planeringsmall för fenomenbaserat lärande",
              "A planning template for phenomenon-based learning",
              "Taulukkopohja, jolla opettajatiimi jakaa ilmiön tavoitteet, tehtävät ja arvioinnin oppiaineiden kesken.",
              "En mall med vilken lärarteamet fördelar fenomenets mål, uppgifter och bedömning mellan ämnena.",
              "A template with which a teachers' team shares a phenomenon's goals, tasks and assessment between subjects.",
              PracticeKind.MATERIAL,
              DevelopmentArea.PHENOMENON_BASED_LEARNING,
              1,
              null,
              null,
              null,
              null,
              Licence.CC0),
          new Sample(
              "Ilmiöoppiminen lukiossa (video)",
              "Fenomenbaserat lärande i gymnasiet (video)",
              "Phenomenon-based learning in upper secondary school (video)",
              "Harjun lukion opettajat kertovat, miten kurssien yhteinen ilmiöjakso rakennettiin.",
              "Lärare vid Åsens gymnasium berättar hur en gemensam fenomenperiod byggdes upp mellan kurserna.",
              "Teachers at Harju upper secondary school tell how a phenomenon period shared by courses was built.",
              PracticeKind.VIDEO,
              DevelopmentArea.PHENOMENON_BASED_LEARNING,
              3,
              SchoolType.GENERAL_UPPER_SECONDARY,
              "Historia ja yhteiskuntaoppi",
              "16–19",
              "https://video.opeverkko.example/ilmio-lukiossa",
              Licence.CC_BY_NC),
          new Sample(
              "Avoimet oppimateriaalit matematiikkaan",
              "Öppna läromedel i matematik",
              "Open learning materials for mathematics",
              "Koottu lista avoimista matematiikan materiaaleista ja niiden käytöstä ilman oppikirjaa.",
              "En samlad lista över öppna material i matematik och hur de används utan lärobok.",
              "A collected list of open mathematics materials and how to teach with them without a textbook.",
              PracticeKind.MATERIAL,
              DevelopmentArea.LEARNING_WITHOUT_TEXTBOOKS,
              1,
              SchoolType.COMPREHENSIVE,
              "Matematiikka",
              "7–9",
              null,
              Licence.CC_BY_SA),
          new Sample(
              "Oppilaat tekevät oman oppikirjansa",
              null,
              "Pupils write their own textbook",
              "Oppilaat kirjoittavat ja kuvittavat ryhmissä luvun yhteiseen verkkokirjaan.",
              null,
              "Pupils write and illustrate a chapter of a shared online book in groups.",
              PracticeKind.PRACTICE,
              DevelopmentArea.LEARNING_WITHOUT_TEXTBOOKS,
              2,
              SchoolType.COMPREHENSIVE,
              "Äidinkieli",
              "5–6",
              null,
              Licence.CC_BY),
          new Sample(
              "Kielten tunti ilman kirjaa",
              "Språklektion utan bok",
              "A language lesson without a book",
              "Tuntisuunnitelma, jossa autenttiset verkkolähteet korvaavat kirjan tekstit.",
              "En lektionsplanering där autentiska källor på nätet ersätter bokens texter.",
              "A lesson plan in which authentic online sources take the place of the book's texts.",
              PracticeKind.LESSON_PLAN,
              DevelopmentArea.LEARNING_WITHOUT_TEXTBOOKS,
              1,
              SchoolType.GENERAL_UPPER_SECONDARY,
              "Englanti",
              "16–19",
              null,
              Licence.CC_BY_NC_SA),
          new Sample(
              "Luokka ilman pulpetteja",
              "Klassrum utan pulpeter",
              "A classroom without desks",
              "Miten luokka kalustettiin uudelleen: seisomapöydät, säkkituolit ja ryhmätyöpisteet.",
              "Hur klassrummet möblerades om: ståbord, sittsäckar och platser för grupparbete.",
              "How a classroom was furnished anew: standing tables, bean bags and group work corners.",
              PracticeKind.PRACTICE,
              DevelopmentArea.LEARNING_WITHOUT_DESKS,
              1,
              SchoolType.COMPREHENSIVE,
              null,
              "1–2",
              null,
              Licence.CC_BY),
          new Sample(
              "Liikkuva oppitunti -video",
              "Video: en lektion i rörelse",
              "Video: a lesson on the move",
              "Lyhyt video toiminnallisesta matematiikan tunnista käytävillä ja pihalla.",
              "En kort video om en funktionell matematiklektion i korridorerna och på gården.",
              "A short video of an active mathematics lesson in the corridors and the yard.",
              PracticeKind.VIDEO,
              DevelopmentArea.LEARNING_WITHOUT_DESKS,
              1,
              SchoolType.COMPREHENSIVE,
              "Matematiikka",
              "3–4",
              "https://video.opeverkko.example/liikkuva-tunti",
              Licence.CC_BY_ND),
          new Sample(
              "Metsäretki oppimisympäristönä",
              "Skogsutflykt som lärmiljö",
              "A forest trip as a learning environment",
              "Tuntisuunnitelma lähimetsään: lajintunnistus mobiililaitteella ja havaintojen jakaminen.",
              "En lektionsplanering för närskogen: artbestämning med mobil enhet och delning av iakttagelser.",
              "A lesson plan for the nearby woods: identifying species with a mobile device and sharing what was seen.",
              PracticeKind.LESSON_PLAN,
              DevelopmentArea.LEARNING_OUTSIDE_SCHOOL,
              1,
              SchoolType.COMPREHENSIVE,
              "Ympäristöoppi",
              "3–4",
              null,
              Licence.CC_BY),
          new Sample(
              "Museo luokkahuoneena",
              "Museet som klassrum",
              "The museum as a classroom",
              "Yhteistyömalli kaupunginmuseon kanssa: oppilaat tuottavat museokierroksesta digitarinan.",
              "En samarbetsmodell med stadsmuseet: eleverna gör en digital berättelse av museirundan.",
              "A way of working with the city museum: pupils make a digital story of their museum tour.",
              PracticeKind.PRACTICE,
              DevelopmentArea.LEARNING_OUTSIDE_SCHOOL,
              2,
              null,
              "Historia",
              "7–9",
              null,
              Licence.CC_BY),
          new Sample(
              null,
              "Lärande i staden: en stadsvandring",
              null,
              null,
              "Eleverna planerar en stadsvandring med uppgifter i matematik, historia och svenska.",
              null,
              PracticeKind.LESSON_PLAN,
              DevelopmentArea.LEARNING_OUTSIDE_SCHOOL,
              1,
              SchoolType.COMPREHENSIVE,
              "Svenska",
              "5–6",
              null,
              Licence.CC_BY),
          new Sample(
              "Työpaikalla oppiminen ja sähköinen näyttökansio",
              "Lärande på arbetsplatsen och en elektronisk mapp för yrkesprov",
              "Learning at work and the electronic skills folder",
              "Ammatillisen koulutuksen opiskelijat dokumentoivat työssäoppimisensa kuvin ja videoin.",
              "Studerande i yrkesutbildningen dokumenterar sitt lärande i arbetet med bilder och videor.",
              "Vocational students document their learning at work with pictures and videos.",
              PracticeKind.PRACTICE,
              DevelopmentArea.E_PORTFOLIO,
              2,
              SchoolType.VOCATIONAL,
              "Ammatilliset tutkinnon osat",
              "16–20",
              null,
              Licence.CC_BY_NC));

  private static final Sample KALLIO_OUTCOME =
      new Sample(
          "Kallion kokeilu: koko koulun ilmiöpäivät",
          "Bergens försök: fenomendagar för hela skolan",
          "Kallio's pilot: phenomenon days for the whole school",
          "Kokeilukoulun tulos: neljä ilmiöpäivää lukuvuodessa, suunnittelumalli ja oppilaiden palaute.",
          "Försöksskolans resultat: fyra fenomendagar per läsår, en planeringsmodell och elevernas respons.",
          "The pilot school's outcome: four phenomenon days a year, a planning model and the pupils' feedback.",
          PracticeKind.PRACTICE,
          DevelopmentArea.PHENOMENON_BASED_LEARNING,
          2,
          SchoolType.COMPREHENSIVE,
          "Kaikki aineet",
          "1–9",
          null,
          Licence.CC_BY);

  /**
   * Writes the items: the experts' one by one over the past months, the pilot outcome last.
   *
   * @param experts the publishers (login and person), taken in turn
   * @param topic a team topic the outdoor items are linked to
   */
  void items(List<Publisher> experts, Person principal, School kallio, TeamTopic topic) {
    int n = 0;
    Long outdoorsFirst = null;
    for (Sample sample : EXPERTS) {
      Publisher publisher = experts.get(n % experts.size());
      Long id =
          replay.item(
              publisher.login(),
              publisher.person(),
              null,
              false,
              sample.draft(),
              now.minusDays(7L * (EXPERTS.size() - n)));
      for (int day = 0; day < 3 + n % 4; day++) {
        replay.used(id, now.toLocalDate().minusDays(day * 5L), 1 + (n * 7 + day) % 9, day % 3);
      }
      if (sample.area() == DevelopmentArea.LEARNING_OUTSIDE_SCHOOL) {
        replay.linkTopic(id, topic.getId());
        outdoorsFirst = outdoorsFirst == null ? id : outdoorsFirst;
      }
      n++;
    }
    replay.item("principal", principal, kallio, true, KALLIO_OUTCOME.draft(), now.minusDays(2));
    List<Long> courses =
        em.createQuery("SELECT c.id FROM Course c ORDER BY c.id", Long.class)
            .setMaxResults(1)
            .getResultList();
    if (outdoorsFirst != null && !courses.isEmpty()) {
      replay.linkCourse(outdoorsFirst, courses.get(0));
    }
  }

  /** Who publishes a demo item: the login they sign in with and their person. */
  record Publisher(String login, Person person) {}
}
