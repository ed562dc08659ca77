package fi.opeverkko.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@link #MAX_BYTES} of a request body, whatever its {@code Content-Length} claims
 * (or a chunked body leaves out): more is refused with 413 before it fills the server's memory.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

  /** A visit request is under 5 KiB; 64 KiB leaves room and stops a flood. */
  static final int MAX_BYTES = 64 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    String length = context.getHeaders().getFirst("Content-Length");
    if (length != null && Long.parseLong(length.trim()) > MAX_BYTES) {
      throw tooLarge();
    }
    context.setInputStream(new Bounded(context.getInputStream()));
    return context.proceed();
  }

  private static ApiException tooLarge() {
    return new ApiException(413, "bodyTooLarge", MAX_BYTES / 1024);
  }

  /** Fails the read that passes the limit. */
  private static final class Bounded extends FilterInputStream {

    private long read;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw tooLarge();
      }
    }
  }
}
