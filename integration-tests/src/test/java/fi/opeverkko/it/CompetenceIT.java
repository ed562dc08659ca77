package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.ApplicationAction;
import fi.opeverkko.competence.ApplicationPage;
import fi.opeverkko.competence.ApplicationQueries;
import fi.opeverkko.competence.ApplicationService;
import fi.opeverkko.competence.ApplicationStatus;
import fi.opeverkko.competence.ApplicationStep;
import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.competence.CommunityMember;
import fi.opeverkko.competence.CommunityService;
import fi.opeverkko.competence.CompetenceOf;
import fi.opeverkko.competence.DevelopmentPlanDetails;
import fi.opeverkko.competence.DevelopmentPlanRow;
import fi.opeverkko.competence.DevelopmentPlanService;
import fi.opeverkko.competence.DevelopmentWay;
import fi.opeverkko.competence.EvidenceDetails;
import fi.opeverkko.competence.EvidenceDownload;
import fi.opeverkko.competence.EvidenceUpload;
import fi.opeverkko.competence.Level;
import fi.opeverkko.competence.LevelService;
import fi.opeverkko.competence.LevelStatus;
import fi.opeverkko.competence.ReviewRow;
import fi.opeverkko.competence.Standing;
import fi.opeverkko.competence.StandingRow;
import fi.opeverkko.competence.StandingService;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.it.CompetenceWorld.Someone;
import fi.opeverkko.library.ItemFilter;
import fi.opeverkko.library.ItemRow;
import fi.opeverkko.library.LibraryQueries;
import fi.opeverkko.network.AssignmentService;
import fi.opeverkko.network.NetworkRuleException;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Outbox;
import fi.opeverkko.platform.OutboxLetter;
import fi.opeverkko.platform.RuleException;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.platform.WorkingDays;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Competence badges and levels in the container against the real database: the catalogue, an
 * application's way from the teacher to the reviewer and back, the granting community, the
 * principal's confirmation and the standing against the targets, and every refusal on the way.
 */
@ExtendWith(ArquillianExtension.class)
class CompetenceIT {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private CatalogueService catalogue;
  @Inject private ApplicationService applications;
  @Inject private ApplicationQueries queries;
  @Inject private LibraryQueries library;
  @Inject private CommunityService community;
  @Inject private LevelService levels;
  @Inject private StandingService standing;
  @Inject private DevelopmentPlanService plans;
  @Inject private AssignmentService assignments;
  @Inject private CompetenceWorld world;
  @Inject private Outbox outbox;
  @Inject private Clock clock;

  private SchoolYear year;

  /** The applicant's school and a school of the reviewers, in Helsinki. */
  private Long school;

  private Long otherSchool;
  private Someone principal;
  private Someone teacher;
  private Someone founder;

  /** The demo's catalogue back for the tests after this one (the browser tests walk it). */
  @AfterEach
  void demoCatalogueBack() {
    world.restore();
  }

  @BeforeEach
  void cleanSlate() {
    world.cleanSlate();
    year = clock.currentSchoolYear();
    school = world.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    otherSchool = world.school("HELSINKI", SchoolType.GENERAL_UPPER_SECONDARY, TeachingLanguage.FI);
    principal = world.person("principal", school, SchoolRole.PRINCIPAL, year);
    teacher = world.person("teacher", school, SchoolRole.TEACHER, year);
    founder = world.person("founder", otherSchool, SchoolRole.TEACHER, year);
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(RuleException.class, action).messageKey());
  }

  private static void denied(Executable action) {
    assertThrows(AccessDeniedException.class, action);
  }

  private static BadgeDetails details(Level level, String criteria) {
    return new BadgeDetails(
        level,
        new LocalizedName("Oppimisympäristöt", "Lärmiljöer", "Learning environments"),
        new LocalizedName("Merkki " + criteria, "Märke " + criteria, "Badge " + criteria),
        new LocalizedText(criteria, criteria + " sv", criteria + " en"),
        new LocalizedText("Kuvaus ja kuva", "Beskrivning och bild", "Description and picture"));
  }

  /** As an admin: a badge of each level, the founder named to grant them; the ids by level. */
  private Map<Level, Long> catalogueWithFounder() {
    signInAs.admin();
    community.addFoundingMember(founder.id());
    return Arrays.stream(Level.values())
        .collect(Collectors.toMap(level -> level, level -> catalogue.create(details(level, "x"))));
  }

  /** The teacher applies for the badge and sends it at once; the application's id. */
  private Long sent(Someone applicant, Long badgeId) {
    signInAs.user(applicant);
    Long id =
        applications.start(badgeId, new EvidenceDetails("Käytin taitoa tunnilla.", List.of()));
    applications.submit(id);
    return id;
  }

  /** The applicant applies, the reviewer given it grants it. */
  private void earned(Someone applicant, Long badgeId, Someone reviewer) {
    Long id = sent(applicant, badgeId);
    signInAs.user(reviewer);
    applications.grant(id);
  }

  @Test
  @DisplayName("A teacher assignment gives the TEACHER role; no upper limit; none in day care")
  void teachersInTheRegistry() {
    SignedInUser signedIn = signInAs.user(teacher);
    assertTrue(signedIn.has(PortalRole.TEACHER));
    assertEquals(Set.of(school), signedIn.schoolIds());

    signInAs.coordinator("HELSINKI");
    for (int i = 0; i < 5; i++) {
      Someone extra = world.person("extra", otherSchool, SchoolRole.TEACHER, year);
      assignments.assign(school, extra.id(), SchoolRole.TEACHER, year);
    }
    Long dayCare = world.school("HELSINKI", SchoolType.DAY_CARE_UNIT, TeachingLanguage.FI);
    NetworkRuleException noTeachers =
        assertThrows(
            NetworkRuleException.class,
            () -> assignments.assign(dayCare, teacher.id(), SchoolRole.TEACHER, year));
    assertEquals("rule.roleNotInSchoolType", noTeachers.messageKey());
    assertEquals(
        6,
        assignments.school(school, year).staff().stream()
            .filter(a -> a.getRole() == SchoolRole.TEACHER)
            .count());
  }

  @Test
  @DisplayName("Admins and the community keep the catalogue; a criteria change is a new version")
  void catalogueKeptByAdminsAndTheCommunity() {
    signInAs.user(teacher);
    denied(() -> catalogue.create(details(Level.BASIC, "a")));
    denied(() -> community.addFoundingMember(teacher.id()));

    signInAs.admin();
    refused(
        "competence.invalidDetails",
        () ->
            catalogue.create(
                new BadgeDetails(
                    Level.BASIC,
                    new LocalizedName(" ", "x", "x"),
                    new LocalizedName("x", "x", "x"),
                    new LocalizedText("x", "x", "x"),
                    new LocalizedText("x", "x", "x"))));
    community.addFoundingMember(founder.id());
    refused("competence.alreadyFounding", () -> community.addFoundingMember(founder.id()));

    signInAs.user(founder);
    assertTrue(community.isMember());
    Long badge = catalogue.create(details(Level.BASIC, "Käyttää"));
    assertEquals(1, catalogue.revise(badge, details(Level.BASIC, "Käyttää")));
    assertEquals(2, catalogue.revise(badge, details(Level.BASIC, "Käyttää monipuolisesti")));
    assertEquals(List.of(2, 1), catalogue.versions(badge).stream().map(v -> v.number()).toList());

    signInAs.user(teacher);
    assertEquals("Käyttää monipuolisesti", catalogue.badge(badge).criteria().fi());
    assertTrue(catalogue.catalogue(false).stream().anyMatch(b -> b.id() == badge));
    denied(() -> catalogue.retire(badge));

    signInAs.user(founder);
    catalogue.retire(badge);
    refused("competence.badgeRetired", () -> catalogue.retire(badge));
    assertFalse(catalogue.catalogue(false).stream().anyMatch(b -> b.id() == badge));
    assertTrue(catalogue.catalogue(true).stream().anyMatch(b -> b.id() == badge && b.retired()));
    signInAs.user(teacher);
    refused(
        "competence.badgeRetired",
        () -> applications.start(badge, new EvidenceDetails("x", List.of())));
  }

  @Test
  @DisplayName(
      "Teacher applies with a file, reviewer asks for more, teacher adds, reviewer grants:"
          + " every step in the history, the grant on the version of the day")
  void applicationFromEvidenceToGrant() {
    Long badge = catalogueWithFounder().get(Level.BASIC);
    signInAs.user(teacher);
    Long id =
        applications.start(
            badge, new EvidenceDetails("Oppilaat tekivät portfolion.", List.of("https://a.fi/p")));
    Long file = applications.addFile(id, new EvidenceUpload("../../Työ <1>.pdf", PDF));
    applications.submit(id);
    ApplicationPage sent = queries.application(id);
    assertEquals(ApplicationStatus.SUBMITTED, sent.status());
    assertEquals("Testi " + founder.login(), sent.reviewer());
    assertEquals("Työ _1_.pdf", sent.files().get(0).fileName());
    assertFalse(sent.mayChangeEvidence());
    refused("competence.notEditable", () -> applications.addFile(id, upload("b.png", PNG)));

    signInAs.user(founder);
    assertEquals(
        Set.of(ApplicationAction.GRANT, ApplicationAction.ASK_MORE, ApplicationAction.DECLINE),
        queries.application(id).actions());
    refused("competence.commentRequired", () -> applications.askMore(id, " "));
    applications.askMore(id, "Lisää kuva oppilaiden työstä.");

    signInAs.user(teacher);
    assertTrue(queries.application(id).mayChangeEvidence());
    applications.addFile(id, upload("kuva.png", PNG));
    applications.submit(id);

    signInAs.user(founder);
    applications.grant(id);
    signInAs.admin();
    assertEquals(2, catalogue.revise(badge, details(Level.BASIC, "uudet kriteerit")));

    signInAs.user(teacher);
    CompetenceOf mine = levels.mine();
    assertEquals(1, mine.grants().size());
    assertEquals(1, mine.grants().get(0).criteriaVersion(), "granted on version 1, stays so");
    List<ApplicationStep> history = queries.application(id).history();
    assertEquals(
        List.of(
            ApplicationAction.SUBMIT,
            ApplicationAction.ASK_MORE,
            ApplicationAction.RESUBMIT,
            ApplicationAction.GRANT),
        history.stream().map(ApplicationStep::action).toList());
    assertEquals("Lisää kuva oppilaiden työstä.", history.get(1).comment());
    assertEquals("Testi " + founder.login(), history.get(3).who());
    EvidenceDownload download = queries.file(id, file);
    assertArrayEquals(PDF, download.content());
    assertEquals("application/pdf", download.contentType());
    refused("competence.alreadyHeld", () -> applications.start(badge, evidence()));

    signInAs.admin();
    List<OutboxLetter> told =
        outbox.newestFirst(null, 0, 500).stream()
            .filter(letter -> letter.getAbout().startsWith("badge application " + id + " "))
            .toList();
    assertEquals(
        List.of(
            teacher.login() + "@opeverkko.example: GRANT",
            founder.login() + "@opeverkko.example: RESUBMIT",
            teacher.login() + "@opeverkko.example: ASK_MORE",
            founder.login() + "@opeverkko.example: SUBMIT"),
        told.stream()
            .map(l -> l.getRecipient() + ": " + l.getAbout().replaceAll(".*\\((.*)\\)", "$1"))
            .toList(),
        "newest first: the reviewer hears of each sending, the teacher of each decision");
    assertTrue(
        told.get(2).getSubject().startsWith("Osaamismerkkihakemukseesi pyydetään lisää näyttöä"),
        told.get(2).getSubject());
  }

  @Test
  @DisplayName(
      "Applying and answering a request for more take the evidence and files in one go: a refused"
          + " file is named and leaves nothing behind, neither a draft nor a changed description")
  void allOrNothingWithFiles() {
    Long badge = catalogueWithFounder().get(Level.BASIC);
    signInAs.user(teacher);
    byte[] html = "<html><script>".getBytes(StandardCharsets.UTF_8);
    List<EvidenceUpload> oneBad = List.of(upload("a.pdf", PDF), upload("kuva.png", html));
    RuleException refused =
        assertThrows(RuleException.class, () -> applications.apply(badge, evidence(), oneBad));
    assertEquals("file.type", refused.messageKey());
    assertEquals(List.of("kuva.png"), refused.arguments(), "the refused file is named");
    assertEquals(0, queries.countMine(), "no draft left behind");
    refused(
        "competence.descriptionRequired",
        () -> applications.apply(badge, new EvidenceDetails(" ", List.of()), List.of()));
    assertEquals(0, queries.countMine());

    Long id = applications.apply(badge, evidence(), List.of(upload("a.pdf", PDF)));
    ApplicationPage sent = queries.application(id);
    assertEquals(ApplicationStatus.SUBMITTED, sent.status());
    assertEquals(1, sent.files().size());
    refused(
        "competence.notEditable",
        () -> applications.resubmit(id, evidence(), List.of(upload("b.png", PNG))));

    signInAs.user(founder);
    applications.askMore(id, "Lisää kuva.");
    signInAs.user(teacher);
    EvidenceDetails more = new EvidenceDetails("Kuvaus ja kuva", List.of("https://a.fi/kuva"));
    refused(
        "file.type",
        () -> applications.resubmit(id, more, List.of(upload("b.png", PNG), upload("c", html))));
    ApplicationPage unchanged = queries.application(id);
    assertEquals(ApplicationStatus.MORE_ASKED, unchanged.status());
    assertEquals("Kuvaus", unchanged.description());
    assertEquals(1, unchanged.files().size());

    applications.resubmit(id, more, List.of(upload("b.png", PNG)));
    ApplicationPage again = queries.application(id);
    assertEquals(ApplicationStatus.SUBMITTED, again.status());
    assertEquals("Kuvaus ja kuva", again.description());
    assertEquals(List.of("https://a.fi/kuva"), again.links());
    assertEquals(2, again.files().size());
    assertEquals(
        List.of(ApplicationAction.SUBMIT, ApplicationAction.ASK_MORE, ApplicationAction.RESUBMIT),
        again.history().stream().map(ApplicationStep::action).toList());
  }

  @Test
  @DisplayName(
      "A teacher's applications and a reviewer's queue come a page at a time with their count;"
          + " the badges offered are the current ones the teacher neither holds nor has applied for")
  void pagesAndTheBadgesOffered() {
    Map<Level, Long> badges = catalogueWithFounder();
    signInAs.user(teacher);
    assertEquals(
        Set.copyOf(badges.values()),
        queries.applicable().stream().map(b -> b.id()).collect(Collectors.toSet()));
    for (Long badge : badges.values()) {
      applications.apply(badge, evidence(), List.of());
    }
    assertEquals(List.of(), queries.applicable(), "every badge applied for");
    assertEquals(3, queries.countMine());
    assertEquals(2, queries.mine(0, 2).size());
    assertEquals(1, queries.mine(2, 2).size());

    signInAs.user(founder);
    assertEquals(3, queries.countReviews());
    List<ReviewRow> first = queries.reviews(0, 2);
    List<ReviewRow> second = queries.reviews(2, 2);
    assertEquals(2, first.size());
    assertEquals(1, second.size());
    Long asked = second.get(0).id();
    applications.askMore(asked, "Lisää.");
    assertEquals(asked, queries.reviews(2, 2).get(0).id(), "waiting for the teacher comes last");
    applications.grant(first.get(0).id());
    assertEquals(2, queries.countReviews(), "a granted one leaves the queue");

    signInAs.user(teacher);
    assertEquals(List.of(), queries.applicable(), "held, or applied for and still open");
    assertEquals(3, queries.countMine());
  }

  private static EvidenceUpload upload(String name, byte[] content) {
    return new EvidenceUpload(name, content);
  }

  private static EvidenceDetails evidence() {
    return new EvidenceDetails("Kuvaus", List.of());
  }

  @Test
  @DisplayName("Files: type by content, at most 10 MB, not empty; removed only by the teacher")
  void evidenceFiles() {
    Long badge = catalogueWithFounder().get(Level.BASIC);
    signInAs.user(teacher);
    Long id = applications.start(badge, evidence());
    refused(
        "file.type",
        () -> applications.addFile(id, upload("todistus.pdf", "<html><script>".getBytes())));
    refused("file.empty", () -> applications.addFile(id, upload("a.pdf", new byte[0])));
    byte[] big = Arrays.copyOf(PDF, EvidenceUpload.MAX_BYTES + 1);
    refused("file.tooLarge", () -> applications.addFile(id, upload("iso.pdf", big)));
    Long kept = applications.addFile(id, upload("muistio.docx", PDF));
    assertEquals("muistio.docx.pdf", queries.application(id).files().get(0).fileName());

    signInAs.user(founder);
    denied(() -> applications.removeFile(id, kept));
    denied(() -> queries.file(id, kept));
    signInAs.user(teacher);
    applications.removeFile(id, kept);
    assertTrue(queries.application(id).files().isEmpty());
    refused("competence.noSuchFile", () -> queries.file(id, kept));
  }

  @Test
  @DisplayName("An application cites library items as evidence; withdrawn or unknown ones refused")
  void citesLibraryItems() {
    Long badge = catalogueWithFounder().get(Level.BASIC);
    signInAs.user(teacher);
    Long id = applications.start(badge, evidence());
    Long item = library.search(ItemFilter.none(), Locale.ENGLISH, 0, 1).get(0).id();
    applications.citeLibraryItem(id, item);
    applications.citeLibraryItem(id, item);
    assertEquals(
        List.of(item),
        queries.citedLibraryItems(id, Locale.ENGLISH).stream().map(ItemRow::id).toList());
    refused("competence.noSuchLibraryItem", () -> applications.citeLibraryItem(id, -1L));
    signInAs.user(founder);
    denied(() -> applications.citeLibraryItem(id, item));
    signInAs.user(teacher);
    applications.unciteLibraryItem(id, item);
    assertTrue(queries.citedLibraryItems(id, Locale.ENGLISH).isEmpty());
  }

  @Test
  @DisplayName(
      "Only the teacher, the reviewer given it and admins read an application; only the"
          + " reviewer answers it; coordinators and principals see no evidence")
  void applicationsAreReadByFew() {
    Long badge = catalogueWithFounder().get(Level.BASIC);
    Someone otherMember = world.person("member", otherSchool, SchoolRole.TEACHER, year);
    Someone colleague = world.person("colleague", school, SchoolRole.TEACHER, year);
    signInAs.admin();
    community.addFoundingMember(otherMember.id());
    signInAs.user(teacher);
    Long id = applications.start(badge, evidence());
    Long file = applications.addFile(id, upload("a.pdf", PDF));
    refused("competence.alreadyApplied", () -> applications.start(badge, evidence()));
    applications.submit(id);
    String reviewer = queries.application(id).reviewer();
    Someone given = reviewer.endsWith(founder.login()) ? founder : otherMember;
    Someone notGiven = given == founder ? otherMember : founder;

    denied(() -> applications.grant(id));
    for (Someone outsider : List.of(notGiven, colleague, principal)) {
      signInAs.user(outsider);
      denied(() -> queries.application(id));
      denied(() -> queries.file(id, file));
      denied(() -> applications.grant(id));
      denied(() -> applications.changeEvidence(id, evidence()));
    }
    signInAs.coordinator("HELSINKI");
    denied(() -> queries.application(id));
    denied(() -> queries.file(id, file));
    signInAs.admin();
    assertEquals(ApplicationStatus.SUBMITTED, queries.application(id).status());
    assertEquals(PDF.length, queries.file(id, file).content().length);
    denied(() -> applications.grant(id));

    signInAs.user(given);
    denied(() -> applications.changeEvidence(id, evidence()));
    refused("competence.commentRequired", () -> applications.decline(id, null));
    applications.decline(id, "Näyttö ei ole omasta opetuksesta.");
    signInAs.user(teacher);
    refused("competence.notEditable", () -> applications.changeEvidence(id, evidence()));
    assertEquals(ApplicationStatus.DECLINED, queries.mine(0, 50).get(0).status());
    Long again = applications.start(badge, evidence());
    assertEquals(ApplicationStatus.DRAFT, queries.application(again).status());
  }

  @Test
  @DisplayName(
      "Reviewers are spread evenly, never of the applicant's own school, never the applicant")
  void reviewersSpreadEvenly() {
    Long badge = catalogueWithFounder().get(Level.BASIC);
    Someone second = world.person("second", otherSchool, SchoolRole.TEACHER, year);
    Someone third = world.person("third", otherSchool, SchoolRole.TEACHER, year);
    Someone sameSchool = world.person("same", school, SchoolRole.TEACHER, year);
    signInAs.admin();
    for (Someone member : List.of(second, third, sameSchool)) {
      community.addFoundingMember(member.id());
    }
    List<String> given =
        List.of(teacher, principal, world.person("t3", school, SchoolRole.TEACHER, year)).stream()
            .map(applicant -> queriesReviewerOf(sent(applicant, badge)))
            .toList();
    assertEquals(
        List.of(founder.login(), second.login(), third.login()),
        given,
        "one each, the lowest id first; the member of their own school none");
    Someone fourth = world.person("t4", school, SchoolRole.TEACHER, year);
    assertEquals(founder.login(), queriesReviewerOf(sent(fourth, badge)), "the fewest, then id");

    // The founder applies: the reviewer is neither the founder nor of the founder's school.
    assertEquals(sameSchool.login(), queriesReviewerOf(sent(founder, badge)));
  }

  private String queriesReviewerOf(Long applicationId) {
    String name = queries.application(applicationId).reviewer();
    return name.substring("Testi ".length());
  }

  @Test
  @DisplayName("Nobody to review: the application stays a draft and the teacher is told")
  void noReviewerAvailable() {
    Long badge = catalogueWithFounder().get(Level.BASIC);
    signInAs.admin();
    community.removeFoundingMember(founder.id());
    refused("competence.notFounding", () -> community.removeFoundingMember(founder.id()));
    community.addFoundingMember(principal.id());
    signInAs.user(teacher);
    Long id = applications.start(badge, evidence());
    refused("competence.noReviewer", () -> applications.submit(id));
    assertEquals(ApplicationStatus.DRAFT, queries.application(id).status());
    assertNull(queries.application(id).reviewer());
    signInAs.user(principal);
    Long own = applications.start(badge, evidence());
    refused("competence.noReviewer", () -> applications.submit(own));
  }

  @Test
  @DisplayName("Holding every current badge makes a member; a new badge takes them out again")
  void communityComputedFromTheBadges() {
    Map<Level, Long> badges = catalogueWithFounder();
    for (Long badge : badges.values()) {
      earned(teacher, badge, founder);
    }
    signInAs.admin();
    CommunityMember member =
        community.members().stream().filter(m -> m.personId() == teacher.id()).findFirst().get();
    assertTrue(member.holdsEveryBadge() && !member.founding());

    // A teacher of the founder's school gets the new member, not the founder.
    Someone applicant = world.person("applicant", otherSchool, SchoolRole.TEACHER, year);
    Long id = sent(applicant, badges.get(Level.BASIC));
    assertEquals(teacher.login(), queriesReviewerOf(id));
    signInAs.user(teacher);
    assertEquals(1, queries.reviews(0, 50).size());
    applications.grant(id);
    Long newBadge = catalogue.create(details(Level.DEVELOPER, "uusi"));
    assertFalse(community.isMember(), "the new badge is not theirs yet");
    denied(() -> catalogue.retire(newBadge));
  }

  @Test
  @DisplayName("A review waiting over ten working days is flagged in the reviewer's inbox")
  void overdueReviewsFlagged() {
    Long badge = catalogueWithFounder().get(Level.BASIC);
    Long late = sent(teacher, badge);
    Long fresh = sent(principal, badge);
    world.sentAt(late, WorkingDays.plusWorkingDays(clock.today(), -11).atTime(9, 0));
    signInAs.user(founder);
    Map<Long, ReviewRow> inbox =
        queries.reviews(0, 50).stream().collect(Collectors.toMap(ReviewRow::id, row -> row));
    assertTrue(inbox.get(late).overdue());
    assertEquals(11, inbox.get(late).waitingDays());
    assertFalse(inbox.get(fresh).overdue());
    assertEquals(late, queries.reviews(0, 50).get(0).id(), "the longest waiting first");
  }

  @Test
  @DisplayName(
      "Badges of a level wait for the principal of the teacher's school; returned with a"
          + " comment, asked again, confirmed; only then the standing counts it")
  void levelsConfirmedByThePrincipal() {
    Map<Level, Long> badges = catalogueWithFounder();
    Someone otherPrincipal = world.person("principal2", otherSchool, SchoolRole.PRINCIPAL, year);
    earned(teacher, badges.get(Level.BASIC), founder);
    signInAs.user(teacher);
    assertEquals(LevelStatus.WAITING, levels.mine().statusOf(Level.BASIC));
    refused("competence.levelIncomplete", () -> levels.askConfirmation(Level.ADVANCED));
    denied(() -> levels.confirm(teacher.id(), Level.BASIC));
    signInAs.user(otherPrincipal);
    denied(() -> levels.confirm(teacher.id(), Level.BASIC));
    denied(() -> levels.staff(school, 0, 10));
    signInAs.coordinator("HELSINKI");
    denied(() -> levels.staff(school, 0, 10));

    signInAs.user(principal);
    assertEquals(0, standing.school(school, year).total().atLevel1());
    refused(
        "competence.returnCommentRequired", () -> levels.giveBack(teacher.id(), Level.BASIC, ""));
    levels.giveBack(teacher.id(), Level.BASIC, "Puhutaan kehityskeskustelussa.");
    refused("competence.levelNotWaiting", () -> levels.confirm(teacher.id(), Level.BASIC));
    signInAs.user(teacher);
    assertEquals("Puhutaan kehityskeskustelussa.", levels.mine().levels().get(0).comment());
    levels.askConfirmation(Level.BASIC);
    refused("competence.levelNotReturned", () -> levels.askConfirmation(Level.BASIC));

    signInAs.user(principal);
    levels.confirm(teacher.id(), Level.BASIC);
    denied(() -> levels.confirm(principal.id(), Level.BASIC));
    assertEquals(2, levels.staffCount(school));
    CompetenceOf row =
        levels.staff(school, 0, 10).stream()
            .filter(c -> c.personId() == teacher.id())
            .findFirst()
            .get();
    assertEquals(Level.BASIC, row.confirmedLevel());
    assertEquals(1, row.grants().size());
    StandingRow total = standing.school(school, year).total();
    assertEquals(2, total.staff());
    assertEquals(1, total.atLevel1());
    assertEquals(50.0, total.percent(Level.BASIC));
  }

  @Test
  @DisplayName(
      "The standing by school type and language: each staff member once; principals read their"
          + " school, coordinators their city, admins the network")
  void standingAgainstTheTargets() {
    Long swedish = world.school("ESPOO", SchoolType.VOCATIONAL, TeachingLanguage.SV);
    Someone rector = world.person("rektor", swedish, SchoolRole.PRINCIPAL, year);
    world.assign(rector.id(), swedish, SchoolRole.TEACHER, year);
    world.person("larare", swedish, SchoolRole.TEACHER, year);
    world.person("next-year", swedish, SchoolRole.TEACHER, year.next());

    signInAs.user(rector);
    Standing own = standing.school(swedish, year);
    assertEquals(
        List.of(new StandingRow(SchoolType.VOCATIONAL, TeachingLanguage.SV, 2, 0, 0, 0)),
        own.rows());
    denied(() -> standing.school(school, year));
    denied(() -> standing.city("ESPOO", year));
    signInAs.user(teacher);
    denied(() -> standing.school(school, year));

    signInAs.coordinator("ESPOO");
    assertEquals(2, standing.school(swedish, year).total().staff());
    StandingRow espooVocationalSv =
        standing.city("ESPOO", year).rows().stream()
            .filter(r -> r.type() == SchoolType.VOCATIONAL && r.language() == TeachingLanguage.SV)
            .findFirst()
            .get();
    assertTrue(espooVocationalSv.staff() >= 2);
    denied(() -> standing.school(school, year));
    denied(() -> standing.city("HELSINKI", year));
    denied(() -> standing.network(year));

    signInAs.admin();
    long network = standing.network(year).total().staff();
    assertTrue(network >= standing.city("ESPOO", year).total().staff() + 3, "and this test's own");
  }

  @Test
  @DisplayName(
      "The staff page lists those with a level waiting first, whatever their name, and counts them")
  void staffPageWaitingFirst() {
    Map<Level, Long> badges = catalogueWithFounder();
    earned(teacher, badges.get(Level.BASIC), founder);

    signInAs.user(principal);
    assertTrue(principal.login().compareTo(teacher.login()) < 0, "by name the principal is first");
    assertEquals(teacher.id(), levels.staff(school, 0, 1).get(0).personId());
    assertEquals(1, levels.waitingCount(school));
    assertEquals(2, levels.staff(school, 0, 10).size());
    levels.confirm(teacher.id(), Level.BASIC);
    assertEquals(0, levels.waitingCount(school));
    assertEquals(principal.id(), levels.staff(school, 0, 1).get(0).personId());
    signInAs.user(teacher);
    denied(() -> levels.waitingCount(school));
  }

  @Test
  @DisplayName(
      "A teacher keeps their own development plan per school year; the principal of their school"
          + " reads the school's plans and records the development discussion, which the teacher"
          + " sees; nobody else reads or records")
  void developmentPlans() {
    Map<Level, Long> badges = catalogueWithFounder();
    Someone colleague = world.person("colleague", school, SchoolRole.TEACHER, year);
    Someone otherPrincipal = world.person("principal2", otherSchool, SchoolRole.PRINCIPAL, year);
    Set<DevelopmentWay> ways = Set.of(DevelopmentWay.COURSE, DevelopmentWay.SELF_STUDY);
    Set<Long> targets = Set.of(badges.get(Level.BASIC), badges.get(Level.ADVANCED));

    signInAs.user(teacher);
    assertNull(plans.mine(year));
    refused(
        "competence.planLevelRequired",
        () -> plans.saveMine(year, new DevelopmentPlanDetails(null, targets, ways, null)));
    refused(
        "competence.planWayRequired",
        () ->
            plans.saveMine(
                year, new DevelopmentPlanDetails(Level.ADVANCED, targets, Set.of(), null)));
    refused(
        "competence.planYear",
        () ->
            plans.saveMine(
                year.next().next(), new DevelopmentPlanDetails(Level.BASIC, Set.of(), ways, null)));
    refused(
        "competence.noSuchBadge",
        () ->
            plans.saveMine(year, new DevelopmentPlanDetails(Level.BASIC, Set.of(-1L), ways, null)));
    assertNull(plans.mine(year), "nothing half-saved");
    plans.saveMine(
        year, new DevelopmentPlanDetails(Level.ADVANCED, targets, ways, "Kurssi syksyllä."));
    plans.saveMine(
        year.next(),
        new DevelopmentPlanDetails(Level.DEVELOPER, Set.of(), Set.of(DevelopmentWay.NETWORK), ""));
    DevelopmentPlanRow mine = plans.mine(year);
    assertEquals(Level.ADVANCED, mine.targetLevel());
    assertEquals(targets, mine.targetBadgeIds());
    assertEquals(2, mine.targetBadges().size());
    assertEquals(ways, mine.ways());
    assertFalse(mine.isDiscussed());
    denied(() -> plans.ofSchool(school, year, 0, 10));
    denied(() -> plans.recordDiscussion(mine.id(), clock.today(), "Itse sovittu"));

    signInAs.user(colleague);
    assertNull(plans.mine(year), "a colleague sees their own only");
    denied(() -> plans.recordDiscussion(mine.id(), clock.today(), "Sovittu"));
    signInAs.user(otherPrincipal);
    denied(() -> plans.ofSchool(school, year, 0, 10));
    denied(() -> plans.recordDiscussion(mine.id(), clock.today(), "Sovittu"));
    signInAs.coordinator("HELSINKI");
    denied(() -> plans.ofSchool(school, year, 0, 10));
    denied(() -> plans.mine(year));

    signInAs.user(principal);
    assertEquals(1, plans.countOfSchool(school, year));
    assertEquals(
        0,
        plans.countOfSchool(school, year.next()),
        "next year's plan shows once the teacher is on next year's staff");
    assertEquals(teacher.id(), plans.ofSchool(school, year, 0, 10).get(0).personId());
    refused(
        "competence.discussionInFuture",
        () -> plans.recordDiscussion(mine.id(), clock.today().plusDays(1), "Sovittu"));
    refused(
        "competence.agreedPointsRequired",
        () -> plans.recordDiscussion(mine.id(), clock.today(), "  "));
    refused(
        "competence.discussionDateRequired",
        () -> plans.recordDiscussion(mine.id(), null, "Sovittu"));
    refused("competence.noSuchPlan", () -> plans.recordDiscussion(-1L, clock.today(), "Sovittu"));
    plans.recordDiscussion(
        mine.id(), clock.today().minusDays(2), "Syksyn kurssi, keväällä merkki.");

    signInAs.user(teacher);
    DevelopmentPlanRow discussed = plans.mine(year);
    assertEquals(clock.today().minusDays(2), discussed.discussedOn());
    assertEquals("Syksyn kurssi, keväällä merkki.", discussed.agreedPoints());
    signInAs.admin();
    catalogue.retire(badges.get(Level.ADVANCED));
    signInAs.user(teacher);
    refused(
        "competence.badgeRetired",
        () ->
            plans.saveMine(year, new DevelopmentPlanDetails(Level.ADVANCED, targets, ways, null)));
    assertEquals(targets, plans.mine(year).targetBadgeIds(), "the plan as it was");

    signInAs.admin();
    assertEquals(1, plans.ofSchool(school, year, 0, 10).size());
  }
}
