package jp.mamori.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.mamori.security.identity.DirectoryIdentityPlugin;
import jp.mamori.security.identity.DirectorySettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * A hospital's staff directory for tests (ADR 0024): UnboundID's in-memory LDAP server loaded with the demo
 * organization as a directory holds it (its own group names, {@code memberOf}), and an engine of its own (own name,
 * own in-memory H2) whose identity is the directory — read-only — so the shared test context is untouched. Close it
 * after the class.
 */
public final class TestDirectory implements AutoCloseable {

  public static final String BASE = "dc=mamori,dc=example";
  public static final String GROUPS = ",ou=groups," + BASE;

  private final InMemoryDirectoryServer server;
  private final ProcessEngine engine;
  private final DataSource dataSource;

  private TestDirectory(InMemoryDirectoryServer server, ProcessEngine engine, DataSource dataSource) {
    this.server = server;
    this.engine = engine;
    this.dataSource = dataSource;
  }

  /** Starts the directory and an engine named {@code engineName} over it. */
  public static TestDirectory start(String engineName) throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
    // memberOf is kept in the entries as Active Directory computes it; the in-memory server has no schema for it
    config.setSchema(null);
    InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
    server.importFromLDIF(true, TestDirectory.class.getResource("/directory/demo-organization.ldif").getPath());
    server.startListening();

    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(engineName);
    configuration.setJdbcUrl("jdbc:h2:mem:" + engineName + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("none");
    configuration.setProcessEnginePlugins(List.of(new DirectoryIdentityPlugin(settings(server.getListenPort()))));
    return new TestDirectory(server, configuration.buildProcessEngine(), configuration.getDataSource());
  }

  /** As docs/operations.md shows it, with OpenLDAP's attribute names and the hospital's own group names. */
  public static DirectorySettings settings(int port) {
    DirectorySettings settings = new DirectorySettings();
    settings.setEnabled(true);
    settings.setUrl("ldap://127.0.0.1:" + port);
    settings.setBase(BASE);
    settings.setManagerDn("uid=mamori-reader,ou=services," + BASE);
    settings.setManagerPassword("reader-secret");
    settings.setUserSearchBase("ou=people");
    settings.setUserFilter("(objectClass=inetOrgPerson)");
    settings.setRoles(Map.of(
        "total-manager", "cn=Hospital-Director" + GROUPS,
        "supervising-manager", "cn=Privacy-Office" + GROUPS,
        "information-manager", "cn=Records-Managers" + GROUPS,
        "handler", "cn=Clinical-Staff" + GROUPS,
        "committee", "CN=Privacy-Committee" + GROUPS.toUpperCase(),
        "system-admin", "cn=IT-Admins" + GROUPS));
    return settings;
  }

  public ProcessEngine engine() {
    return engine;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public int port() {
    return server.getListenPort();
  }

  @Override
  public void close() {
    engine.close();
    server.shutDown(true);
  }
}
