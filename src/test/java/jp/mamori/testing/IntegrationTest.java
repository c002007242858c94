package jp.mamori.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
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

  @Autowired private ProcessEngine contextEngine;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", TestMailServer::port);
  }

  /**
   * A class with a context of its own ({@code DatabaseDownTest}) registers its engine under the same name and
   * unregisters it when that context closes; the REST API and the refusals look the engine up by name. So each test
   * makes sure the registered engine is its own context's.
   */
  @BeforeEach
  void theRegisteredEngineIsThisContexts() {
    if (ProcessEngines.getProcessEngines().get(contextEngine.getName()) != contextEngine) {
      ProcessEngines.registerProcessEngine(contextEngine);
    }
  }

  protected String baseUrl() {
    return "http://127.0.0.1:" + port;
  }
}
