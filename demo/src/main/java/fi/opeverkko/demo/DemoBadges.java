package fi.opeverkko.demo;

import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.Level;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import java.util.List;

/**
 * The demo catalogue: badges of the teaching staff's digital competence on the three levels of the
 * digitalisation programme (seeds 000, 004), each granted on evidence from real teaching.
 */
final class DemoBadges {

  private DemoBadges() {}

  private static final LocalizedName ENVIRONMENTS =
      new LocalizedName("Oppimisympäristöt", "Lärmiljöer", "Learning environments");
  private static final LocalizedName COLLABORATION =
      new LocalizedName(
          "Viestintä ja yhteistyö",
          "Kommunikation och samarbete",
          "Communication and collaboration");
  private static final LocalizedName ASSESSMENT =
      new LocalizedName("Arviointi", "Bedömning", "Assessment");
  private static final LocalizedName CODING =
      new LocalizedName(
          "Ohjelmointi ja robotiikka", "Programmering och robotik", "Coding and robotics");
  private static final LocalizedName DEVELOPMENT =
      new LocalizedName(
          "Kehittäminen ja kouluttaminen",
          "Utveckling och fortbildning",
          "Developing and training");

  static final List<BadgeDetails> CATALOGUE =
      List.of(
          badge(
              Level.BASIC,
              ENVIRONMENTS,
              new LocalizedName(
                  "Oppimisympäristö arjessa",
                  "Lärmiljön i vardagen",
                  "The learning environment every day"),
              text(
                  "Käytät koulun sähköistä oppimisympäristöä opetuksessa: jaat materiaalit,"
                      + " annat tehtävät ja palautteen oppimisympäristössä.",
                  "Du använder skolans digitala lärmiljö i undervisningen: du delar material,"
                      + " ger uppgifter och respons i lärmiljön.",
                  "You use the school's digital learning environment in teaching: you share"
                      + " materials, set tasks and give feedback in it."),
              text(
                  "Kuvaus jaksosta, jonka toteutit oppimisympäristössä, ja kuvakaappaus"
                      + " sen työtilasta.",
                  "En beskrivning av en period du genomförde i lärmiljön och en skärmbild av"
                      + " arbetsytan.",
                  "A description of a course period you ran in the environment and a screenshot"
                      + " of its workspace.")),
          badge(
              Level.BASIC,
              COLLABORATION,
              new LocalizedName(
                  "Yhteinen dokumentti", "Det gemensamma dokumentet", "The shared document"),
              text(
                  "Oppilaat kirjoittavat ja muokkaavat yhteisiä dokumentteja pilvipalvelussa;"
                      + " ohjaat ja kommentoit työtä sen aikana.",
                  "Eleverna skriver och redigerar gemensamma dokument i molnet; du handleder och"
                      + " kommenterar arbetet medan det pågår.",
                  "Pupils write and edit shared documents in the cloud; you guide and comment on"
                      + " the work while it goes on."),
              text(
                  "Linkki tai kuva oppilaiden yhteisestä työstä kommentteineen ja lyhyt kuvaus"
                      + " siitä, miten ohjasit sitä.",
                  "En länk eller bild av elevernas gemensamma arbete med kommentarer och en kort"
                      + " beskrivning av hur du handledde det.",
                  "A link to or image of the pupils' shared work with its comments, and a short"
                      + " account of how you guided it.")),
          badge(
              Level.BASIC,
              ENVIRONMENTS,
              new LocalizedName(
                  "Tietoturva ja netiketti",
                  "Datasäkerhet och nätetikett",
                  "Safety and netiquette"),
              text(
                  "Opetat oppilaille turvallisen ja vastuullisen verkon käytön: salasanat,"
                      + " tekijänoikeudet ja hyvän käytöksen verkossa.",
                  "Du lär eleverna att använda nätet tryggt och ansvarsfullt: lösenord,"
                      + " upphovsrätt och gott uppförande på nätet.",
                  "You teach pupils to use the net safely and responsibly: passwords, copyright"
                      + " and good conduct online."),
              text(
                  "Tuntisuunnitelma tai oppilaiden tuotos aiheesta.",
                  "En lektionsplan eller elevarbeten om ämnet.",
                  "A lesson plan or pupils' work on the subject.")),
          badge(
              Level.ADVANCED,
              ASSESSMENT,
              new LocalizedName(
                  "Digitaalinen portfolio", "Digital portfolio", "The digital portfolio"),
              text(
                  "Oppilaat kokoavat oppimisensa digitaaliseen portfolioon; käytät sitä itse- ja"
                      + " vertaisarvioinnissa sekä palautteessa.",
                  "Eleverna samlar sitt lärande i en digital portfolio; du använder den i själv-"
                      + " och kamratbedömning och i responsen.",
                  "Pupils gather their learning in a digital portfolio; you use it in self- and"
                      + " peer assessment and in feedback."),
              text(
                  "Esimerkki oppilaan portfoliosta (luvalla tai anonymisoituna) ja kuvaus"
                      + " arviointiprosessista.",
                  "Ett exempel på en elevs portfolio (med lov eller anonymiserat) och en"
                      + " beskrivning av bedömningen.",
                  "An example of a pupil's portfolio (with permission or anonymised) and an"
                      + " account of the assessment.")),
          badge(
              Level.ADVANCED,
              CODING,
              new LocalizedName(
                  "Ohjelmointi oppiaineessa", "Programmering i ämnet", "Coding in your subject"),
              text(
                  "Oppilaat ohjelmoivat osana oman oppiaineesi opetusta, esimerkiksi matematiikan"
                      + " tai käsityön jaksossa.",
                  "Eleverna programmerar som en del av undervisningen i ditt ämne, till exempel"
                      + " under en period i matematik eller slöjd.",
                  "Pupils code as part of teaching your subject, for example in a mathematics or"
                      + " crafts period."),
              text(
                  "Jakson suunnitelma ja oppilaiden ohjelmia tai video niiden toiminnasta.",
                  "Periodens plan och elevernas program eller en video av hur de fungerar.",
                  "The period's plan and the pupils' programs or a video of them running.")),
          badge(
              Level.ADVANCED,
              COLLABORATION,
              new LocalizedName(
                  "Ilmiöprojekti verkossa",
                  "Fenomenprojekt på nätet",
                  "A phenomenon project online"),
              text(
                  "Suunnittelet ja toteutat kollegan kanssa monialaisen projektin, jossa oppilaat"
                      + " tutkivat, tuottavat ja jakavat tietoa digitaalisesti.",
                  "Du planerar och genomför med en kollega ett mångvetenskapligt projekt där"
                      + " eleverna undersöker, producerar och delar kunskap digitalt.",
                  "With a colleague you plan and run a multidisciplinary project in which pupils"
                      + " research, produce and share knowledge digitally."),
              text(
                  "Projektin suunnitelma, oppilaiden tuotoksia ja yhteinen arvio projektista.",
                  "Projektets plan, elevarbeten och en gemensam utvärdering av projektet.",
                  "The project's plan, pupils' work and a joint evaluation of the project.")),
          badge(
              Level.DEVELOPER,
              DEVELOPMENT,
              new LocalizedName(
                  "Kollegan kouluttaja", "Kollegernas utbildare", "Training colleagues"),
              text(
                  "Suunnittelet ja pidät kollegoille koulutuksen opetusteknologian pedagogisesta"
                      + " käytöstä ja keräät siitä palautteen.",
                  "Du planerar och håller en fortbildning för kolleger om pedagogisk användning"
                      + " av undervisningsteknik och samlar in respons.",
                  "You plan and give colleagues a training in the pedagogical use of educational"
                      + " technology and gather feedback on it."),
              text(
                  "Koulutuksen materiaalit ja yhteenveto osallistujien palautteesta.",
                  "Fortbildningens material och en sammanfattning av deltagarnas respons.",
                  "The training's materials and a summary of the participants' feedback.")),
          badge(
              Level.DEVELOPER,
              DEVELOPMENT,
              new LocalizedName(
                  "Koulun digikehittäjä",
                  "Skolans digitala utvecklare",
                  "Leading digital development"),
              text(
                  "Johdat koulusi tai verkoston kehittämishanketta, joka muuttaa opetuksen"
                      + " käytäntöjä, ja arvioit sen vaikutuksia.",
                  "Du leder ett utvecklingsprojekt i din skola eller ditt nätverk som förändrar"
                      + " undervisningens praxis, och utvärderar dess effekter.",
                  "You lead a development project of your school or network that changes"
                      + " teaching practice, and evaluate its effects."),
              text(
                  "Hankkeen suunnitelma, raportti tuloksista ja rehtorin tai verkoston lausunto.",
                  "Projektets plan, en rapport om resultaten och ett utlåtande av rektorn eller"
                      + " nätverket.",
                  "The project's plan, a report of its results and a statement by the principal"
                      + " or the network.")));

  private static BadgeDetails badge(
      Level level,
      LocalizedName area,
      LocalizedName name,
      LocalizedText criteria,
      LocalizedText evidence) {
    return new BadgeDetails(level, area, name, criteria, evidence);
  }

  private static LocalizedText text(String fi, String sv, String en) {
    return new LocalizedText(fi, sv, en);
  }
}
