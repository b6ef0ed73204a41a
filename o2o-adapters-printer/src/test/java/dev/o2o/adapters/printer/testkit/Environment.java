package dev.o2o.adapters.printer.testkit;

import static org.assertj.core.api.Assertions.fail;

import dev.o2o.adapters.printer.escpos.RasterFont;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What the tests need from the machine (socat, a Korean font): a test skips with a message when it is missing, and
 * fails when the environment variable CI is {@code true}, where the CI script installs it.
 */
public final class Environment {

  private Environment() {}

  /** Whether this run is CI's. */
  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** The Korean raster font, or a skipped (on CI: failed) test. */
  public static RasterFont koreanFont() {
    return RasterFont.findInstalled().orElseGet(() -> {
      require(false, "no Korean font installed: apt-get install fonts-nanum");
      return null;
    });
  }

  /** The socat program, or a skipped (on CI: failed) test. */
  public static Path socat() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(dir, "socat");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    require(false, "socat is not installed: apt-get install socat");
    return null;
  }

  private static void require(boolean present, String message) {
    if (!present) {
      if (isCi()) {
        fail(message + " (CI=true: the CI script should have installed it)");
      }
      Assumptions.abort(message);
    }
  }
}
