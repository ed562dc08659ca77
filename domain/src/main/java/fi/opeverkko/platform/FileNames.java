package fi.opeverkko.platform;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans a file name sent by a browser into one that is safe to keep and to offer as a download: no
 * folders, no control or markup characters, no hidden-file dot, not too long, and ending in an
 * extension of the type the content really is.
 */
public final class FileNames {

  public static final int MAX_LENGTH = 100;

  private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._() -]");
  private static final Pattern REPEATED_UNDERSCORES = Pattern.compile("_{2,}");
  private static final Pattern REPEATED_SPACES = Pattern.compile(" {2,}");
  private static final Pattern EDGES = Pattern.compile("^[. _]+|[. ]+$");
  private static final String NAMELESS = "file";

  private FileNames() {}

  /**
   * The name without the folders some browsers send, with every character other than letters,
   * digits, dots, dashes, underscores, spaces and brackets made an underscore; never empty.
   */
  public static String clean(String sent) {
    String name = sent == null ? "" : sent;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = UNSAFE.matcher(name).replaceAll("_");
    name = REPEATED_UNDERSCORES.matcher(name).replaceAll("_");
    name = REPEATED_SPACES.matcher(name).replaceAll(" ");
    name = EDGES.matcher(name).replaceAll("");
    return shortened(name.isEmpty() ? NAMELESS : name);
  }

  /**
   * The clean name, ending in one of the type's extensions ({@code .pdf}); the first of them is
   * added when it does not, so that a PDF sent as {@code notes.docx} is kept as {@code
   * notes.docx.pdf} and opens as what it is.
   */
  public static String withExtension(String cleanName, List<String> extensions) {
    String lower = cleanName.toLowerCase(Locale.ROOT);
    if (extensions.isEmpty() || extensions.stream().anyMatch(lower::endsWith)) {
      return cleanName;
    }
    String extension = extensions.get(0);
    return shortened(cleanName, MAX_LENGTH - extension.length()) + extension;
  }

  private static String shortened(String name) {
    return shortened(name, MAX_LENGTH);
  }

  /** The name cut to the length, keeping its extension (what is after the last dot). */
  private static String shortened(String name, int maxLength) {
    if (name.length() <= maxLength) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    return name.substring(0, maxLength - extension.length()) + extension;
  }
}
