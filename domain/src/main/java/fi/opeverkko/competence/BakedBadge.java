package fi.opeverkko.competence;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * A badge image with its credential baked in, as Open Badges 3.0 bakes a PNG: an {@code iTXt} chunk
 * with the keyword {@code openbadgecredential} holding the signed credential (the compact JWS),
 * placed before the image's end. The image is drawn, not stored: a disc in the level's colour with
 * one ring per level, no text, so that no font is needed on the server.
 */
final class BakedBadge {

  private static final int SIZE = 256;
  private static final String KEYWORD = "openbadgecredential";
  private static final Color[] LEVEL_COLOURS = {
    new Color(0x00, 0x5a, 0x9c), new Color(0x00, 0x7a, 0x33), new Color(0x8a, 0x2b, 0x8f)
  };

  private BakedBadge() {}

  static byte[] bake(Level level, String signedCredential) {
    byte[] png = draw(level);
    // The last chunk of a PNG is IEND: 4 bytes of length, 4 of type, 4 of CRC.
    int iend = png.length - 12;
    byte[] chunk = textChunk(signedCredential);
    ByteBuffer baked = ByteBuffer.allocate(png.length + chunk.length);
    baked.put(png, 0, iend).put(chunk).put(png, iend, 12);
    return baked.array();
  }

  private static byte[] draw(Level level) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(LEVEL_COLOURS[level.number() - 1]);
      g.fillOval(8, 8, SIZE - 16, SIZE - 16);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(10));
      for (int ring = 0; ring < level.number(); ring++) {
        int inset = 48 + ring * 28;
        g.drawOval(inset, inset, SIZE - 2 * inset, SIZE - 2 * inset);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An uncompressed iTXt chunk: keyword, no language, no translated keyword, the text. */
  private static byte[] textChunk(String text) {
    byte[] keyword = KEYWORD.getBytes(StandardCharsets.ISO_8859_1);
    byte[] value = text.getBytes(StandardCharsets.UTF_8);
    ByteBuffer data = ByteBuffer.allocate(keyword.length + 5 + value.length);
    data.put(keyword).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
    data.put(value);
    byte[] type = "iTXt".getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(data.array());
    return ByteBuffer.allocate(12 + data.capacity())
        .putInt(data.capacity())
        .put(type)
        .put(data.array())
        .putInt((int) crc.getValue())
        .array();
  }
}
