package jp.mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API and the webapps' API find their process engine without searching every jar on each request
 * (issue 18).
 *
 * <p>Camunda's REST layer looks its engine up through Java's {@code ServiceLoader} for every resource of every request
 * ({@code EngineUtil.lookupProcessEngine}): the request thread's class loader then asks each of the application's
 * jars for the service file and opens the one that has it — about 3 % of a case's CPU under load, for a file that
 * never changes while the application runs. During these requests the thread's class loader is wrapped in one that
 * reads each service file ({@code META-INF/services/…}) once and hands out its contents from memory afterwards;
 * classes and every other resource come from the wrapped loader as before, so the same classes are loaded.
 */
@Configuration
class ServiceFilesReadOnce {

  @Bean
  FilterRegistrationBean<InApiRequests> serviceFilesReadOnceInApiRequests() {
    var registration = new FilterRegistrationBean<>(new InApiRequests());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static final class InApiRequests extends OncePerRequestFilter {

    private volatile CachedServiceFiles loader;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Thread thread = Thread.currentThread();
      ClassLoader original = thread.getContextClassLoader();
      thread.setContextClassLoader(around(original));
      try {
        chain.doFilter(request, response);
      } finally {
        thread.setContextClassLoader(original);
      }
    }

    private CachedServiceFiles around(ClassLoader original) {
      CachedServiceFiles current = loader;
      if (current == null || current.getParent() != original) {
        current = new CachedServiceFiles(original);
        loader = current;
      }
      return current;
    }
  }

  /** A class loader that reads each service file of its parent once. */
  static final class CachedServiceFiles extends ClassLoader {

    private static final String SERVICE_FILES = "META-INF/services/";

    private final Map<String, List<URL>> files = new ConcurrentHashMap<>();

    CachedServiceFiles(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.startsWith(SERVICE_FILES)) {
        return super.getResources(name);
      }
      try {
        return Collections.enumeration(files.computeIfAbsent(name, this::readFromParent));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private List<URL> readFromParent(String name) {
      try {
        List<URL> copies = new ArrayList<>();
        Enumeration<URL> found = getParent().getResources(name);
        while (found.hasMoreElements()) {
          URL original = found.nextElement();
          try (InputStream in = original.openStream()) {
            copies.add(inMemory(original, in.readAllBytes()));
          }
        }
        return List.copyOf(copies);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @SuppressWarnings("deprecation") // a URL with its own handler: URL.of (Java 20) is not in Java 17
    private static URL inMemory(URL original, byte[] content) throws MalformedURLException {
      return new URL("read-once", "", -1, original.toExternalForm(), new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
          return new URLConnection(url) {
            @Override
            public void connect() {
              connected = true;
            }

            @Override
            public InputStream getInputStream() {
              return new ByteArrayInputStream(content);
            }
          };
        }
      });
    }
  }
}
