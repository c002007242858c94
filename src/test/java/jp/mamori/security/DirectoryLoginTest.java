package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.testing.TestDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Directory login (issue #12 item 1, ADR 0024) against a real LDAP server: UnboundID's in-memory directory, loaded
 * with the demo organization as a hospital's directory holds it (its own group names, {@code memberOf}). The engine
 * is one of its own (own name, own in-memory H2 database), closed after the class, so the application's shared
 * engine and context are untouched; the login is the app's own {@link IdentityServiceAuthenticationProvider}.
 */
class DirectoryLoginTest {

  private static TestDirectory directory;
  private static ProcessEngine engine;
  private static IdentityServiceAuthenticationProvider login;

  @BeforeAll
  static void startDirectoryAndEngine() throws Exception {
    directory = TestDirectory.start("mamori-directory-test");
    engine = directory.engine();
    // the app's staff directory over this engine; deputies are not asked for in a login
    // the throttle's table from the app's own migration (this engine has no Flyway)
    new ResourceDatabasePopulator(new ClassPathResource("db/migration/V28_2__login_failure.sql"))
        .execute(directory.dataSource());
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(directory.dataSource());
    login = new IdentityServiceAuthenticationProvider(engine.getIdentityService(),
        new StaffDirectory(engine.getIdentityService(), null, Clock.systemUTC()),
        new LoginThrottle(LoginThrottleSettings.defaults(), Clock.systemUTC(),
            new JdbcTemplate(directory.dataSource()), transactions),
        (userId, address, locks) -> { }, transactions);
  }

  @AfterAll
  static void stop() {
    if (directory != null) {
      directory.close();
    }
  }

  @Test
  @DisplayName("第4条: 個人情報統括管理者 logs in with the directory's password and holds the role of the directory group")
  void aDirectoryUserLogsInWithTheRoleOfTheirGroup() {
    Authentication authentication = login.authenticate(token("privacy-lead", "demo"));

    assertThat(authentication.isAuthenticated()).isTrue();
    StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
    assertThat(principal.displayName()).isEqualTo("佐藤 花子");
    // the group DN is matched whatever its case; groups without a role (Cafeteria) are not roles
    assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder("ROLE_supervising-manager", "ROLE_committee");
  }

  @Test
  void aWrongOrEmptyPasswordOrAnUnknownUserIsRefused() {
    assertThatThrownBy(() -> login.authenticate(token("privacy-lead", "wrong")))
        .isInstanceOf(BadCredentialsException.class);
    // an empty password would be an unauthenticated bind, which LDAP servers accept
    assertThatThrownBy(() -> login.authenticate(token("privacy-lead", "")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> login.authenticate(token("nobody", "demo")))
        .isInstanceOf(BadCredentialsException.class);
    // the directory's service account is not staff (outside the user search base)
    assertThatThrownBy(() -> login.authenticate(token("mamori-reader", "reader-secret")))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void engineRestBasicAuthenticationAsksTheDirectory() throws Exception {
    AtomicReference<Authentication> seen = new AtomicReference<>();
    BasicAuthenticationFilter basic = new BasicAuthenticationFilter(new ProviderManager(login));
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.addHeader("Authorization", "Basic "
        + Base64.getEncoder().encodeToString("nurse:demo".getBytes(StandardCharsets.UTF_8)));
    try {
      basic.doFilter(request, new MockHttpServletResponse(),
          (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
    } finally {
      SecurityContextHolder.clearContext();
    }

    assertThat(seen.get()).isNotNull();
    assertThat(seen.get().getName()).isEqualTo("nurse");
    assertThat(seen.get().getAuthorities()).extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_handler");
  }

  @Test
  @DisplayName("第4条: a task for the 個人情報統括管理者 reaches the members of the mapped directory group, and only them")
  void theMappedGroupRoutesTasks() {
    engine.getRepositoryService().createDeployment().addModelInstance("directoryRouting.bpmn",
        Bpmn.createExecutableProcess("directoryRouting").startEvent()
            .userTask("review").camundaCandidateGroups("supervising-manager").endEvent().done()).deploy();
    String caseId = engine.getRuntimeService().startProcessInstanceByKey("directoryRouting").getId();

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(caseId).taskCandidateUser("privacy-lead")
        .count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(caseId).taskCandidateUser("nurse")
        .count()).isZero();
    IdentityService identity = engine.getIdentityService();
    assertThat(identity.createUserQuery().memberOfGroup("supervising-manager").list()).extracting(User::getId)
        .containsExactly("privacy-lead");
    assertThat(identity.createUserQuery().memberOfGroup("committee").orderByUserId().asc().list())
        .extracting(User::getId).containsExactly("director", "privacy-lead", "records-manager");
    assertThat(identity.createGroupQuery().groupMember("nurse").list()).extracting(Group::getId)
        .containsExactly("handler");
    // Camunda Admin needs someone in camunda-admin: the system administrators' group stands for it
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting(User::getId)
        .containsExactly("admin");
    // a role nobody mapped has no members, rather than everyone
    assertThat(identity.createUserQuery().memberOfGroup("executive").count()).isZero();
    assertThat(identity.createUserQuery().userLastNameLike("%田%").orderByUserId().asc().list())
        .extracting(User::getId).containsExactly("clerk", "director");
  }

  @Test
  @DisplayName("the directory is read-only: creating a user or a membership fails with the engine's read-only error")
  void theDirectoryIsReadOnly() {
    IdentityService identity = engine.getIdentityService();

    assertThat(identity.isReadOnly()).isTrue();
    assertThatThrownBy(() -> {
      User intruder = identity.newUser("intruder");
      intruder.setPassword("intruder-password");
      identity.saveUser(intruder);
    }).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
    assertThatThrownBy(() -> identity.createMembership("nurse", "system-admin"))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");

    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identity.createGroupQuery().groupMember("nurse").list()).extracting(Group::getId)
        .containsExactly("handler");
    assertThat(identity.checkPassword("intruder", "intruder-password")).isFalse();
  }

  private static UsernamePasswordAuthenticationToken token(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }
}
