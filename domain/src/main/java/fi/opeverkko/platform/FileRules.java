package fi.opeverkko.platform;

/**
 * The rules for every file a user uploads (badge evidence, a library item's attachment): not empty,
 * at most {@value #MAX_MEGABYTES} MB, of a type its content shows to be a PDF, an image or an
 * office document ({@link FileType}), kept under a clean name ({@link FileNames}).
 */
public final class FileRules {

  public static final int MAX_MEGABYTES = 10;

  /** Ten megabytes: a scanned certificate or a few photos of pupils' work fit in one file. */
  public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

  /** A file that passed the rules: the name to keep, the type its content showed, the bytes. */
  public record CheckedFile(String fileName, String contentType, byte[] content) {}

  private FileRules() {}

  /**
   * The file as it is to be kept.
   *
   * @param sentName the name the browser sent: only a hint
   * @throws FileRefused {@code file.empty}, {@code file.tooLarge} or {@code file.type}, naming the
   *     file
   */
  public static CheckedFile check(String sentName, byte[] content) {
    String name = FileNames.clean(sentName);
    if (content == null || content.length == 0) {
      throw new FileRefused("file.empty", name);
    }
    if (content.length > MAX_BYTES) {
      throw new FileRefused("file.tooLarge", name, MAX_MEGABYTES);
    }
    FileType.Checked checked = FileType.of(name, content);
    return new CheckedFile(checked.fileName(), checked.contentType(), content);
  }
}
