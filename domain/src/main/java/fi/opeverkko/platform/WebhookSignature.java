package fi.opeverkko.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: HMAC-SHA256 with the subscription's key over {@code
 * id.timestamp.body}, in base64, versioned {@code v1,}; sent as the {@code webhook-signature}
 * header beside {@code webhook-id} and {@code webhook-timestamp} (Unix seconds).
 */
public final class WebhookSignature {

  private WebhookSignature() {}

  public static String sign(byte[] key, String messageId, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signed =
          mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
