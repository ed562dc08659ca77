package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FileTypeTest {

  static final byte[] PDF = ascii("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };
  static final byte[] JPEG = {
    (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0
  };
  static final byte[] OLE2 = {
    (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0
  };

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** A ZIP whose first entry is the given one, as Office and LibreOffice write them. */
  static byte[] zip(String firstEntry, String content, boolean stored) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] data = content.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry(firstEntry);
      if (stored) {
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCrc(crc.getValue());
      }
      zip.putNextEntry(entry);
      zip.write(data);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] docx() {
    return zip("[Content_Types].xml", "<Types/>", false);
  }

  private static void refused(String name, byte[] content) {
    FileRefused refused = assertThrows(FileRefused.class, () -> FileType.of(name, content), name);
    assertEquals("file.type", refused.messageKey());
  }

  @Test
  @DisplayName("PDFs, images and office documents are told by their content")
  void acceptedByContent() {
    assertEquals(
        new FileType.Checked("application/pdf", "todistus.pdf"), FileType.of("todistus.pdf", PDF));
    assertEquals("image/png", FileType.of("kuva.png", PNG).contentType());
    assertEquals("image/jpeg", FileType.of("kuva.jpg", JPEG).contentType());
    assertEquals("image/gif", FileType.of("kuva.gif", ascii("GIF89a\1\0\1\0")).contentType());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileType.of("suunnitelma.docx", docx()).contentType());
    assertEquals(
        "application/vnd.oasis.opendocument.text",
        FileType.of(
                "suunnitelma.odt", zip("mimetype", "application/vnd.oasis.opendocument.text", true))
            .contentType());
    assertEquals("application/msword", FileType.of("vanha.doc", OLE2).contentType());
  }

  @Test
  @DisplayName("A file is kept as what its content is, under that type's extension")
  void contentWinsOverTheName() {
    assertEquals(
        new FileType.Checked("application/pdf", "muistio.docx.pdf"),
        FileType.of("muistio.docx", PDF));
    assertEquals(new FileType.Checked("image/jpeg", "kuva.png.jpg"), FileType.of("kuva.png", JPEG));
    assertEquals("todistus.pdf", FileType.of("todistus", PDF).fileName());
  }

  @Test
  @DisplayName("Markup, scripts, archives and text pass for no document, whatever their name")
  void refusedWhateverTheName() {
    refused("kuva.png", ascii("<html><script>alert(1)</script></html>"));
    refused(
        "kuva.png", ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    refused("todistus.pdf", ascii("just some text"));
    refused("suunnitelma.docx", zip("payload.exe", "MZ", false));
    refused("ohjelma.pdf", ascii("MZ\u0090\0\3\0\0\0\4\0\0\0"));
    refused("suunnitelma", docx());
  }
}
