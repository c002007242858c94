package jp.mamori.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the application: the real engine, database (H2, or MariaDB in the second run),
 * web server and SMTP server. All subclasses share one Spring context, so tests must not assume empty tables:
 * each creates its own cases and looks only at those.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", TestMailServer::port);
  }

  protected String baseUrl() {
    return "http://127.0.0.1:" + port;
  }
}
