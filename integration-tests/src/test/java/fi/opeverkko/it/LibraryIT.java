package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.library.AttachmentDownload;
import fi.opeverkko.library.AttachmentUpload;
import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.library.ItemDetails;
import fi.opeverkko.library.ItemFilter;
import fi.opeverkko.library.ItemRow;
import fi.opeverkko.library.LibraryFigure;
import fi.opeverkko.library.LibraryFigures;
import fi.opeverkko.library.LibraryLinks;
import fi.opeverkko.library.LibraryQueries;
import fi.opeverkko.library.LibraryService;
import fi.opeverkko.library.Licence;
import fi.opeverkko.library.PracticeDraft;
import fi.opeverkko.library.PracticeKind;
import fi.opeverkko.library.PracticePublishing;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.FileRules;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.RuleException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The library of good practice in the container: who publishes (expert teams, coordinators, admins;
 * a pilot school's staff its outcome) and who is refused; bad input refused with nothing saved;
 * search by words in any language and by filters; views and downloads counted; the file rules of
 * badge evidence; edits and withdrawal by the author and admins only; links from topics and
 * courses. Every item made here is withdrawn afterwards, so the demo's library stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryIT {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private PracticePublishing publishing;
  @Inject private LibraryService library;
  @Inject private LibraryQueries queries;
  @Inject private LibraryFigures figures;
  @Inject private LibraryLinks links;
  @Inject private NetworkOverviewService network;
  @Inject private LibraryLoader loader;
  @Inject private Clock clock;

  private final List<Long> made = new ArrayList<>();
  private final String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

  @AfterEach
  void withdrawWhatWasMade() {
    signInAs.demo("admin");
    for (Long id : made) {
      library.withdraw(id);
    }
  }

  private PracticeDraft draft(String title) {
    return draft(title, DevelopmentArea.E_PORTFOLIO, PracticeKind.PRACTICE, 2);
  }

  private PracticeDraft draft(
      String title, DevelopmentArea area, PracticeKind kind, Integer level) {
    return new PracticeDraft(
        new LocalizedText(title + " " + word, null, null),
        new LocalizedText("Tiivistelmä " + word, "Sammanfattning om skolgården", null),
        kind,
        area,
        level,
        SchoolType.COMPREHENSIVE,
        "Matematiikka",
        "7–9",
        kind == PracticeKind.VIDEO ? "https://video.opeverkko.example/x" : null,
        Licence.CC_BY_SA);
  }

  private Long kept(Long id) {
    made.add(id);
    return id;
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(RuleException.class, action).messageKey());
  }

  private List<ItemRow> found(ItemFilter filter) {
    return queries.search(filter, Locale.ENGLISH, 0, 100);
  }

  private ItemFilter words(String text) {
    return new ItemFilter(text, null, null, null, null, null, null);
  }

  @Test
  @DisplayName("Expert teams, coordinators and admins publish; other roles are refused")
  void whoPublishes() {
    for (String publisher : List.of("expert", "team-leader", "coordinator-helsinki", "admin")) {
      signInAs.demo(publisher);
      assertTrue(library.mayPublish(), publisher);
      Long id = kept(publishing.publish(draft("Julkaisija " + publisher)));
      ItemDetails item = library.open(id, Locale.ENGLISH);
      assertTrue(item.editable(), publisher + " edits their own item");
      assertEquals(Licence.CC_BY_SA, item.licence());
    }
    for (String other : List.of("teacher", "principal", "tutor", "mentor")) {
      signInAs.demo(other);
      assertFalse(library.mayPublish(), other);
      assertThrows(AccessDeniedException.class, () -> publishing.publish(draft("Ei " + other)));
    }
  }

  @Test
  @DisplayName("A pilot school's outcome: its staff publish it for their school, not for another")
  void pilotOutcome() {
    signInAs.demo("principal");
    Long kallio = network.mySchools().get(0).school().getId();
    Long id = kept(publishing.publishPilotOutcome(kallio, draft("Kokeilun tulos")));
    ItemDetails item = library.open(id, Locale.ENGLISH);
    assertEquals("Kallion peruskoulu", item.row().schoolName());
    assertTrue(item.editable(), "the principal edits the outcome they published");
    signInAs.demo("principal-sv");
    assertThrows(
        AccessDeniedException.class,
        () -> publishing.publishPilotOutcome(kallio, draft("Fel skola")));
  }

  @Test
  @DisplayName("Bad input is refused with its rule and nothing is saved")
  void badInput() {
    signInAs.demo("expert");
    long before = queries.count(words(word));
    PracticeDraft good = draft("Hyvä");
    refused(
        "library.titleRequired",
        () ->
            publishing.publish(
                new PracticeDraft(
                    new LocalizedText(" ", null, ""),
                    good.summary(),
                    good.kind(),
                    good.area(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    good.licence())));
    refused(
        "library.summaryRequired",
        () ->
            publishing.publish(
                new PracticeDraft(
                    good.title(),
                    new LocalizedText(null, null, null),
                    good.kind(),
                    good.area(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    good.licence())));
    refused(
        "library.titleTooLong",
        () ->
            publishing.publish(
                new PracticeDraft(
                    new LocalizedText("x".repeat(201), null, null),
                    good.summary(),
                    good.kind(),
                    good.area(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    good.licence())));
    refused(
        "library.levelRange",
        () -> publishing.publish(draft("Taso", DevelopmentArea.E_PORTFOLIO, good.kind(), 4)));
    refused(
        "library.areaRequired",
        () -> publishing.publish(draft("Alue", null, PracticeKind.PRACTICE, 1)));
    refused(
        "library.videoHttps",
        () ->
            publishing.publish(
                new PracticeDraft(
                    good.title(),
                    good.summary(),
                    PracticeKind.VIDEO,
                    good.area(),
                    null,
                    null,
                    null,
                    null,
                    "http://video.example/x",
                    good.licence())));
    refused(
        "library.videoHttps",
        () ->
            publishing.publish(
                new PracticeDraft(
                    good.title(),
                    good.summary(),
                    PracticeKind.MATERIAL,
                    good.area(),
                    null,
                    null,
                    null,
                    null,
                    "javascript:alert(1)",
                    good.licence())));
    refused(
        "library.videoRequired",
        () ->
            publishing.publish(
                new PracticeDraft(
                    good.title(),
                    good.summary(),
                    PracticeKind.VIDEO,
                    good.area(),
                    null,
                    null,
                    null,
                    null,
                    " ",
                    good.licence())));
    refused(
        "file.type",
        () ->
            library.publish(
                good,
                List.of(
                    new AttachmentUpload("ok.pdf", PDF),
                    new AttachmentUpload("page.pdf", "<html><script>".getBytes()))));
    assertEquals(before, queries.count(words(word)), "nothing saved, not even the good file");
  }

  @Test
  @DisplayName("Search: every word in any language's title or summary, and the filters")
  void searchAndFilters() {
    signInAs.demo("expert");
    Long outdoors =
        kept(
            publishing.publish(
                draft(
                    "Metsäretki", DevelopmentArea.LEARNING_OUTSIDE_SCHOOL, PracticeKind.VIDEO, 1)));
    Long portfolio =
        kept(
            publishing.publish(
                draft("Portfolio", DevelopmentArea.E_PORTFOLIO, PracticeKind.LESSON_PLAN, 3)));
    signInAs.demo("teacher");
    assertEquals(2, queries.count(words(word)));
    assertEquals(
        List.of(portfolio, outdoors),
        found(words(word)).stream().map(ItemRow::id).toList(),
        "newest first");
    assertEquals(
        List.of(outdoors),
        found(words(word.toUpperCase(Locale.ROOT) + " metsäretki")).stream()
            .map(ItemRow::id)
            .toList(),
        "every word, any case");
    assertEquals(2, queries.count(words(word + " skolgården")), "Swedish summaries are searched");
    assertEquals(0, queries.count(words(word + " %")), "% is a character, not a wildcard");
    ItemFilter byArea =
        new ItemFilter(word, DevelopmentArea.E_PORTFOLIO, null, null, null, null, null);
    assertEquals(List.of(portfolio), found(byArea).stream().map(ItemRow::id).toList());
    ItemFilter byKindAndLevel =
        new ItemFilter(word, null, PracticeKind.VIDEO, 1, SchoolType.COMPREHENSIVE, "matem", "7");
    assertEquals(List.of(outdoors), found(byKindAndLevel).stream().map(ItemRow::id).toList());
    assertEquals(
        "Metsäretki " + word,
        library.open(outdoors, Locale.forLanguageTag("sv")).row().title(),
        "a title written in Finnish only is shown to a Swedish reader");
    signInAs.demo("expert");
    library.withdraw(outdoors);
    signInAs.demo("teacher");
    assertEquals(1, queries.count(words(word)), "a withdrawn item is not found");
    refused("library.noSuchItem", () -> library.open(outdoors, Locale.ENGLISH));
  }

  @Test
  @DisplayName("Views and downloads are counted; popular and the figures show them")
  void useIsCounted() {
    List<LibraryFigure> before = figuresAsAdmin();
    signInAs.demo("expert");
    Long id = kept(library.publish(draft("Suosittu"), List.of(new AttachmentUpload("a.pdf", PDF))));
    signInAs.demo("teacher");
    for (int view = 0; view < 40; view++) {
      library.open(id, Locale.ENGLISH);
    }
    Long file = library.open(id, Locale.ENGLISH).attachments().get(0).id();
    AttachmentDownload download = library.download(file);
    assertArrayEquals(PDF, download.content());
    assertEquals("application/pdf", download.contentType());
    assertTrue(
        queries.popular(Locale.ENGLISH, 50).stream().anyMatch(row -> row.id().equals(id)),
        "41 views today make it popular");
    List<LibraryFigure> after = figuresAsAdmin();
    LibraryFigure was = figureOf(before);
    LibraryFigure is = figureOf(after);
    assertEquals(was.items() + 1, is.items());
    assertEquals(was.views() + 41, is.views());
    assertEquals(was.downloads() + 1, is.downloads());
    signInAs.demo("teacher");
    assertThrows(
        AccessDeniedException.class,
        () -> figures.byAreaAndKind(clock.today(), clock.today()),
        "the figures are the reports'");
  }

  private List<LibraryFigure> figuresAsAdmin() {
    signInAs.demo("admin");
    return figures.byAreaAndKind(clock.today(), clock.today());
  }

  private static LibraryFigure figureOf(List<LibraryFigure> figures) {
    return figures.stream()
        .filter(f -> f.area() == DevelopmentArea.E_PORTFOLIO && f.kind() == PracticeKind.PRACTICE)
        .findFirst()
        .orElse(new LibraryFigure(DevelopmentArea.E_PORTFOLIO, PracticeKind.PRACTICE, 0, 0, 0));
  }

  @Test
  @DisplayName("Files follow the evidence's rules: type by content, at most 10 MB, not empty")
  void fileRules() {
    signInAs.demo("expert");
    Long id = kept(publishing.publish(draft("Tiedostot")));
    refused(
        "file.type",
        () -> library.attach(id, new AttachmentUpload("kuva.png", "<svg onload=x>".getBytes())));
    refused("file.empty", () -> library.attach(id, new AttachmentUpload("a.pdf", new byte[0])));
    byte[] big = Arrays.copyOf(PDF, FileRules.MAX_BYTES + 1);
    refused("file.tooLarge", () -> library.attach(id, new AttachmentUpload("iso.pdf", big)));
    Long file = library.attach(id, new AttachmentUpload("../../muistio.docx", PDF));
    assertEquals("muistio.docx.pdf", library.attachmentsOf(id).get(0).fileName());
    signInAs.demo("teacher");
    assertThrows(
        AccessDeniedException.class,
        () -> library.attach(id, new AttachmentUpload("b.pdf", PDF)),
        "only the author adds files");
    assertThrows(AccessDeniedException.class, () -> library.detach(file));
    signInAs.demo("expert");
    library.detach(file);
    assertTrue(library.attachmentsOf(id).isEmpty());
  }

  @Test
  @DisplayName("The author and admins edit and withdraw; nobody else")
  void editRights() {
    signInAs.demo("expert");
    Long id = kept(publishing.publish(draft("Muokattava")));
    library.edit(id, draft("Muokattu"), List.of());
    assertEquals("Muokattu " + word, library.open(id, Locale.ENGLISH).row().title());
    for (String other : List.of("team-leader", "teacher", "coordinator-helsinki")) {
      signInAs.demo(other);
      assertFalse(library.open(id, Locale.ENGLISH).editable(), other);
      assertThrows(AccessDeniedException.class, () -> library.edit(id, draft("Ei"), List.of()));
      assertThrows(AccessDeniedException.class, () -> library.withdraw(id));
      assertThrows(AccessDeniedException.class, () -> library.draftOf(id));
    }
    signInAs.demo("admin");
    library.edit(id, draft("Ylläpitäjän"), List.of());
    signInAs.demo("expert");
    library.withdraw(id);
    assertTrue(library.open(id, Locale.ENGLISH).withdrawn(), "its author still reads it");
  }

  @Test
  @DisplayName(
      "Publishers point topics and courses to items; the topics' and courses' pages list them")
  void links() {
    Long topic = loader.aTopic();
    Long course = loader.aCourse();
    signInAs.demo("expert");
    Long id = kept(publishing.publish(draft("Linkitetty")));
    links.linkTopic(id, topic);
    links.linkTopic(id, topic);
    links.linkCourse(id, course);
    refused("library.noSuchCourse", () -> links.linkCourse(id, -1L));
    signInAs.demo("teacher");
    assertEquals(
        1,
        queries.itemsForTopic(topic, Locale.ENGLISH).stream()
            .filter(row -> row.id().equals(id))
            .count());
    assertTrue(
        queries.itemsForCourse(course, Locale.ENGLISH).stream()
            .anyMatch(row -> row.id().equals(id)));
    assertThrows(AccessDeniedException.class, () -> links.unlinkCourse(id, course));
    assertTrue(links.choosableTopics().isEmpty(), "a teacher points no topic");
    signInAs.demo("expert");
    links.unlinkCourse(id, course);
    links.unlinkTopic(id, topic);
    assertTrue(links.choosableTopics().stream().anyMatch(t -> t.getId().equals(topic)));
    links.setTopics(id, Set.of(topic));
    assertEquals(Set.of(topic), links.topicsOf(id));
    links.setTopics(id, Set.of());
    assertTrue(links.topicsOf(id).isEmpty());
    signInAs.demo("teacher");
    assertFalse(
        queries.itemsForCourse(course, Locale.ENGLISH).stream()
            .anyMatch(row -> row.id().equals(id)));
  }
}
