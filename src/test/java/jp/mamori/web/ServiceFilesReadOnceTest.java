package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import jp.mamori.web.ServiceFilesReadOnce.CachedServiceFiles;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The class loader of API requests reads a service file once and gives the same contents from memory afterwards;
 * classes and other resources still come from the class loader it wraps (issue 18).
 */
class ServiceFilesReadOnceTest {

  private static final String PROVIDER_FILE = "META-INF/services/" + ProcessEngineProvider.class.getName();

  private final CountingLoader parent = new CountingLoader(getClass().getClassLoader());
  private final CachedServiceFiles loader = new CachedServiceFiles(parent);

  @Test
  @DisplayName("サービスファイルは一度だけ読み、二度目からは同じ内容をメモリから返す")
  void aServiceFileIsReadOnce() throws IOException {
    List<String> first = contents(loader.getResources(PROVIDER_FILE));
    List<String> second = contents(loader.getResources(PROVIDER_FILE));

    assertThat(first).isNotEmpty().isEqualTo(contents(parent.getResources(PROVIDER_FILE))).isEqualTo(second);
    assertThat(parent.lookups(PROVIDER_FILE)).isEqualTo(2); // the loader's one, and this test's own comparison
  }

  @Test
  @DisplayName("サービスローダーは同じ提供クラスを見つけ、クラスは元のクラスローダーのものが使われる")
  void theServiceLoaderFindsTheSameProvider() throws ClassNotFoundException {
    ProcessEngineProvider provider = ServiceLoader.load(ProcessEngineProvider.class, loader).iterator().next();

    assertThat(provider.getClass()).isSameAs(
        ServiceLoader.load(ProcessEngineProvider.class, parent).iterator().next().getClass());
    assertThat(loader.loadClass(String.class.getName())).isSameAs(String.class);
  }

  @Test
  @DisplayName("サービスファイル以外のリソースは毎回元のクラスローダーに尋ねる")
  void otherResourcesAreAskedForEachTime() throws IOException {
    loader.getResources("i18n/messages_ja.properties");
    loader.getResources("i18n/messages_ja.properties");

    assertThat(parent.lookups("i18n/messages_ja.properties")).isEqualTo(2);
  }

  private static List<String> contents(Enumeration<URL> urls) throws IOException {
    List<String> contents = new ArrayList<>();
    for (URL url : Collections.list(urls)) {
      try (InputStream in = url.openStream()) {
        contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return contents;
  }

  private static final class CountingLoader extends ClassLoader {
    private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    CountingLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      asked.add(name);
      return super.getResources(name);
    }

    long lookups(String name) {
      return asked.stream().filter(name::equals).count();
    }
  }
}
