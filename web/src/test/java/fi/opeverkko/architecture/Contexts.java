package fi.opeverkko.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import fi.opeverkko.platform.Published;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The parts of the code under {@code fi.opeverkko} as the architecture rules see them: the bounded
 * contexts, the shared kernel, the web shell and the demo data. A context's view beans ({@code
 * fi.opeverkko.web.<context>}) belong to the context: they are its face in the browser.
 */
final class Contexts {

  static final String ROOT = "fi.opeverkko";

  /**
   * The bounded contexts that exist today and the contexts each one uses, as {@code
   * shared/design/domain.md} draws them; a test fails until a new context's package is listed.
   */
  enum Context {
    NETWORK,
    /**
     * The library of good practice: items, their attachments and use. Holds the links from team
     * topics and courses to items by their ids, so it knows neither competence nor courses.
     */
    LIBRARY(NETWORK),
    /**
     * Feedback discussions and trends of visits and courses: the subject as kind and id, the people
     * through network's face. Visits and courses report to it; it knows neither.
     */
    FEEDBACK(NETWORK),
    VISITS(NETWORK, FEEDBACK),
    PLANS(NETWORK),
    /** Badges and levels; a badge application cites library items as evidence. */
    COMPETENCE(NETWORK, LIBRARY),
    /** Central courses: the network's people and schools, competence's levels and badges. */
    COURSES(NETWORK, COMPETENCE, FEEDBACK),
    /**
     * The survey and the dashboards: reads the others through their published faces, writes nothing
     * of theirs.
     */
    /**
     * Innovative pilot schools: a school's project per year and its self-evaluations; the schools,
     * people and school years from network, the areas and the publishing of outcomes from library.
     */
    PILOTS(NETWORK, LIBRARY),
    REPORTING(NETWORK, COMPETENCE, COURSES, VISITS, PLANS, LIBRARY, PILOTS);

    private final Set<Context> uses;

    Context(Context... uses) {
      this.uses = Set.of(uses);
    }

    String packageName() {
      return name().toLowerCase(Locale.ROOT);
    }

    boolean uses(Context other) {
      return uses.contains(other);
    }

    @Override
    public String toString() {
      return packageName();
    }
  }

  /** The shared kernel: the signed-in user, school years, mail, audit. Everybody uses it. */
  static final Set<String> KERNEL = Set.of("platform", "identity", "audit");

  static final String WEB = "web";

  /** Sample data for the demo; it may use everything and nothing uses it. */
  static final String DEMO = "demo";

  /**
   * The web layer's own packages beside the contexts' view beans and the kernel's pages: helpers,
   * texts, sign-in, the home page and menus, the admins' pages. They may use every context's face.
   */
  static final Set<String> WEB_SHELL = Set.of("common", "i18n", "security", "shell", "admin");

  private Contexts() {}

  /** The context a class belongs to, its domain package or its view beans; empty outside one. */
  static Optional<Context> contextOf(JavaClass javaClass) {
    String inRoot = relativePackage(javaClass);
    String inContext = inRoot.startsWith(WEB + ".") ? inRoot.substring(WEB.length() + 1) : inRoot;
    return Arrays.stream(Context.values())
        .filter(context -> firstSegment(inContext).equals(context.packageName()))
        .findFirst();
  }

  static boolean inWeb(JavaClass javaClass) {
    return firstSegment(relativePackage(javaClass)).equals(WEB);
  }

  static boolean inDemo(JavaClass javaClass) {
    return firstSegment(relativePackage(javaClass)).equals(DEMO);
  }

  /** Whether the class or one it is nested in carries {@link Published}. */
  static boolean isPublished(JavaClass javaClass) {
    JavaClass type = javaClass.getBaseComponentType();
    return type.isAnnotatedWith(Published.class)
        || type.getEnclosingClass().map(Contexts::isPublished).orElse(false);
  }

  /** Whether the target belongs to a context other than the origin's (outside demo data). */
  static boolean foreign(JavaClass origin, JavaClass target) {
    Optional<Context> targetContext = contextOf(target);
    return targetContext.isPresent() && !targetContext.equals(contextOf(origin)) && !inDemo(origin);
  }

  /** The package below {@code fi.opeverkko}, e.g. {@code web.visits}; empty for other packages. */
  static String relativePackage(JavaClass javaClass) {
    String name = javaClass.getBaseComponentType().getPackageName();
    return name.startsWith(ROOT + ".") ? name.substring(ROOT.length() + 1) : "";
  }

  /**
   * What the map above gets wrong about the classes: a listed context without a package, a package
   * under {@code fi.opeverkko} or {@code fi.opeverkko.web} that is none of the parts. Empty when
   * the map matches the code.
   */
  static SortedSet<String> mismatches(JavaClasses classes) {
    Set<String> packages =
        classes.stream()
            .map(Contexts::relativePackage)
            .filter(name -> !name.isEmpty())
            .collect(Collectors.toSet());
    SortedSet<String> mismatches = new TreeSet<>();
    for (Context context : Context.values()) {
      if (packages.stream().noneMatch(name -> firstSegment(name).equals(context.packageName()))) {
        mismatches.add(
            "context " + context + " is listed but " + ROOT + "." + context + " has no class");
      }
    }
    Set<String> contexts =
        Arrays.stream(Context.values()).map(Context::packageName).collect(Collectors.toSet());
    Set<String> inRoot = union(contexts, KERNEL, Set.of(WEB, DEMO));
    Set<String> inWeb = union(contexts, KERNEL, WEB_SHELL);
    for (String name : packages) {
      String top = firstSegment(name);
      if (!inRoot.contains(top)) {
        mismatches.add(ROOT + "." + top + " is neither a listed context, the kernel, web nor demo");
      }
      if (top.equals(WEB) && !name.equals(WEB)) {
        String below = firstSegment(name.substring(WEB.length() + 1));
        if (!inWeb.contains(below)) {
          mismatches.add(ROOT + ".web." + below + " is neither a listed context, kernel nor shell");
        }
      }
    }
    return mismatches;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    return Arrays.stream(sets).flatMap(Set::stream).collect(Collectors.toSet());
  }

  static String firstSegment(String packageName) {
    int dot = packageName.indexOf('.');
    return dot < 0 ? packageName : packageName.substring(0, dot);
  }
}
