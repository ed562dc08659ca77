package fi.opeverkko.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The cluster drill's commands: bin/portal, kill, and SQL on the cluster's PostgreSQL (psql). */
final class ClusterShell {

  private ClusterShell() {}

  /** One SQL statement on the cluster's database; its rows, one a line, without headers. */
  static String psql(String sql) {
    return run(
            List.of(
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                "5434",
                "-U",
                "opeverkko",
                "-d",
                "opeverkko",
                "-qtAc",
                sql),
            Path.of("."))
        .trim();
  }

  /** Runs the command and returns what it printed; fails when it fails. */
  static String run(List<String> command, Path directory) {
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
