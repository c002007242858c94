package jp.mamori.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every package says what it is and in which layer it stands (docs/architecture.md): a package-info.java whose
 * comment starts with the layer's name, so that a new package cannot be added without deciding its place.
 */
@Tag("once")
class PackageDescriptionsTest {

  private static final Path SOURCES = Path.of("src/main/java/jp/mamori");
  private static final List<String> LAYERS = List.of("<b>Kernel.</b>", "<b>Platform.</b>", "<b>Register.</b>",
      "<b>Procedure.</b>");

  @Test
  void everyPackageHasADescriptionThatNamesItsLayer() throws IOException {
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      List<Path> packages = dirs.filter(Files::isDirectory).filter(d -> !d.equals(SOURCES))
          .filter(PackageDescriptionsTest::hasClasses).toList();
      assertThat(packages).isNotEmpty().allSatisfy(dir -> {
        Path info = dir.resolve("package-info.java");
        assertThat(info).as("package-info of %s", dir).exists();
        String text = Files.readString(info);
        assertThat(LAYERS).as("layer named in %s", info).anyMatch(text::contains);
      });
    }
  }

  private static boolean hasClasses(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
