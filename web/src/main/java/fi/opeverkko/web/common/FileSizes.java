package fi.opeverkko.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A file's size as a list of files shows it, in whole kilobytes ({@code file.size}: 12 kt), rounded
 * up: a file of 45 bytes is 1 kt, not 0, which would read as empty. Used as {@code
 * #{fileSizes.kilobytes(file.sizeBytes())}}.
 */
@Named("fileSizes")
@ApplicationScoped
public class FileSizes {

  private static final long KILOBYTE = 1024;

  /** The size in kilobytes, any part of one counting as a whole. */
  public long kilobytes(long bytes) {
    return -Math.floorDiv(-bytes, KILOBYTE);
  }
}
