package fi.opeverkko.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BakedBadgeTest {

  private static final String JWS = "eyJhbGciOiJFUzI1NiJ9.eyJpZCI6InVybjp1dWlkOnjDpCJ9.c2ln";

  @Test
  void theCredentialIsInAnITxtChunkBeforeTheEnd() throws IOException {
    byte[] png = BakedBadge.bake(Level.ADVANCED, JWS);
    assertNotNull(ImageIO.read(new ByteArrayInputStream(png)), "still an image");

    DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
    in.skipNBytes(8);
    String baked = null;
    String last = null;
    while (in.available() > 0) {
      int length = in.readInt();
      byte[] type = in.readNBytes(4);
      byte[] data = in.readNBytes(length);
      CRC32 crc = new CRC32();
      crc.update(type);
      crc.update(data);
      assertEquals((int) crc.getValue(), in.readInt(), "each chunk's CRC holds");
      last = new String(type, StandardCharsets.US_ASCII);
      if (last.equals("iTXt")) {
        String text = new String(data, StandardCharsets.UTF_8);
        assertEquals("openbadgecredential", text.substring(0, text.indexOf('\0')));
        // keyword, NUL, compression flag and method, empty language and translated keyword
        baked =
            new String(
                Arrays.copyOfRange(data, "openbadgecredential".length() + 5, data.length),
                StandardCharsets.UTF_8);
      }
    }
    assertEquals(JWS, baked);
    assertEquals("IEND", last);
  }
}
