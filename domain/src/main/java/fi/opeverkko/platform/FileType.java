package fi.opeverkko.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded file really is (badge evidence, a library item's attachment), told by its
 * content (Apache Tika's magic numbers), never by its name alone: PDF, PNG, JPEG, GIF or WebP
 * images, and office documents (Word, Excel, PowerPoint, OpenDocument). The name only tells apart
 * what the content cannot: an Office Open XML file is a ZIP whose first entry names its parts, but
 * which application wrote it shows only deeper in.
 */
public final class FileType {

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  /** The types kept. No HTML, SVG or scripts: they could run in a reader's browser. */
  static final Set<String> ACCEPTED =
      Set.of(
          "application/pdf",
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.ms-powerpoint",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "application/vnd.oasis.opendocument.presentation");

  /**
   * The containers whose content shows only that they are an office document (Office Open XML, the
   * older OLE2 files); the name then says which one. A plain ZIP is not among them, so no archive
   * passes for a document by its name.
   */
  private static final Set<String> OFFICE_CONTAINERS =
      Set.of("application/x-tika-ooxml", "application/x-tika-msoffice");

  /** A file's type and the name to keep it under. */
  public record Checked(String contentType, String fileName) {}

  private FileType() {}

  /**
   * The type of the content and the name to keep, with the type's extension.
   *
   * @param cleanName the name already cleaned ({@link FileNames#clean})
   * @throws FileRefused {@code file.type} (naming the file) for any other content
   */
  public static Checked of(String cleanName, byte[] content) {
    MediaType byContent = detect(content, null);
    MediaType withName = detect(content, cleanName);
    boolean contentAccepted =
        ACCEPTED.contains(byContent.toString()) || OFFICE_CONTAINERS.contains(byContent.toString());
    boolean nameAgrees =
        withName.equals(byContent)
            || TYPES.getMediaTypeRegistry().isSpecializationOf(withName, byContent);
    if (!contentAccepted || !nameAgrees || !ACCEPTED.contains(withName.toString())) {
      throw new FileRefused("file.type", cleanName);
    }
    return new Checked(
        withName.toString(), FileNames.withExtension(cleanName, extensionsOf(withName)));
  }

  private static MediaType detect(byte[] content, String name) {
    Metadata metadata = new Metadata();
    if (name != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    try {
      return TYPES.detect(new ByteArrayInputStream(content), metadata).getBaseType();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> extensionsOf(MediaType type) {
    try {
      MimeType known = TYPES.forName(type.toString());
      return known.getExtensions();
    } catch (MimeTypeException e) {
      throw new IllegalStateException("Tika knows no " + type, e);
    }
  }
}
