package dev.o2o.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Conventions only the sources show: a Javadoc line on every public type and a package-info.java in every package. */
class SourceConventionsTest {

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public (?:(?:final|abstract|sealed|non-sealed|static) )*(?:class|interface|record|enum|@interface) (\\w+)",
      Pattern.MULTILINE);
  private static final Pattern ANNOTATIONS_ONLY =
      Pattern.compile("(\\s*@[\\w.]+\\s*(\\((?:[^()]|\\([^()]*\\))*\\))?)*\\s*", Pattern.DOTALL);

  private static List<Path> mainSourceRoots() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    try (Stream<Path> modules = Files.list(root)) {
      return modules.filter(m -> m.getFileName().toString().startsWith("o2o-"))
          .map(m -> m.resolve("src/main/java"))
          .filter(Files::isDirectory)
          .toList();
    }
  }

  private static List<Path> javaFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path sourceRoot : mainSourceRoots()) {
      try (Stream<Path> walk = Files.walk(sourceRoot)) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void everyPublicTopLevelTypeHasAJavadocLine() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (Path file : javaFiles()) {
      String source = read(file);
      Matcher type = PUBLIC_TYPE.matcher(source);
      if (type.find()) {
        String before = source.substring(0, type.start());
        int javadocEnd = before.lastIndexOf("*/");
        // Between the Javadoc and the declaration there may be annotations only.
        boolean documented = javadocEnd >= 0
            && ANNOTATIONS_ONLY.matcher(before.substring(javadocEnd + 2).replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""))
                .matches();
        if (!documented) {
          undocumented.add(file + " (" + type.group(1) + ")");
        }
      }
    }
    assertThat(undocumented).as("public types without a Javadoc line").isEmpty();
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path file : javaFiles()) {
      Path packageInfo = file.getParent().resolve("package-info.java");
      if (!Files.exists(packageInfo) && !missing.contains(file.getParent().toString())) {
        missing.add(file.getParent().toString());
      }
    }
    assertThat(missing).as("packages without package-info.java").isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
