package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.TestMailServer;
import jp.mamori.testing.WebSession;
import jp.mamori.trail.AuditEntry;
import jp.mamori.trail.AuditEntryRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.springframework.transaction.PlatformTransactionManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Lockout that cannot be used against us (ADR 0026): wrong passwords throttle an account and an address for a
 * while, never for good; the login page says the same for every failure; the owner is told and the trail records
 * it; the password policy refuses weak passwords on the IdentityService and over REST.
 */
class LoginProtectionTest extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String STRONG = "Sora-Kumo-7Hz!q";

  @Autowired IdentityService identityService;
  @Autowired StaffDirectory staff;
  @Autowired LoginLocks.LockNotice lockNotice;
  @Autowired AuditEntryRepository entries;
  @Autowired PlatformTransactionManager transactions;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired Notifications notifications;

  @Test
  @DisplayName("何度パスワードを誤っても永久にはロックされない: ロックの時間が過ぎれば正しいパスワードで入れる(所有者へ通知、監査証跡)")
  void manyWrongPasswordsNeverLockForGood() {
    String user = newUser();
    MovableClock clock = new MovableClock(Instant.parse("2026-11-30T00:00:00Z"));
    IdentityServiceAuthenticationProvider provider = new IdentityServiceAuthenticationProvider(identityService, staff,
        new LoginThrottle(LoginThrottleSettings.defaults(), clock, jdbc, transactions), lockNotice, transactions);

    // twelve wrong passwords checked by the engine, more than its former ten, each after the last lock ended
    for (int i = 0; i < 12; i++) {
      clock.advance(Duration.ofMinutes(16));
      assertThatThrownBy(() -> provider.authenticate(login(user, "wrong-" + SEQUENCE.get(), "192.0.2.10")))
          .isInstanceOf(BadCredentialsException.class);
    }
    // while locked, even the right password is refused, from any address, without a hint why
    assertThatThrownBy(() -> provider.authenticate(login(user, STRONG, "192.0.2.11")))
        .isInstanceOf(LockedException.class).hasMessage("Bad credentials");

    clock.advance(Duration.ofMinutes(16));
    Authentication in = provider.authenticate(login(user, STRONG, "192.0.2.10"));
    assertThat(in.isAuthenticated()).isTrue();
    assertThat(identityService.checkPassword(user, STRONG)).isTrue();

    List<AuditEntry> locks = entries.findByActorAndActionOrderByOccurredAtDesc(user, LoginLocks.ACCOUNT_LOCKED);
    assertThat(locks).isNotEmpty();
    assertThat(locks.get(0).getDetail()).contains("192.0.2.10");
    assertThat(notifications.latestFor(user, 10)).isNotEmpty()
        .allSatisfy(n -> assertThat(n.getTitle()).contains("一時的に止められました"));
    assertThat(TestMailServer.awaitMail(m -> to(m).contains(user + "@"))).as("the lock mailed to its owner").isTrue();
  }

  @Test
  @DisplayName("一つのアドレスから多数のアカウントを試すとそのアドレスだけが一時的に止まる(REST の Basic 認証でも)")
  void anAddressTryingManyAccountsIsThrottled() {
    String address = "127.0.0.9";
    for (int i = 0; i < 21; i++) {
      assertThat(restStatus(address, "guess-" + SEQUENCE.incrementAndGet(), "wrong")).isEqualTo(401);
    }
    assertThat(restStatus(address, "nurse", SecurityTestUsers.PASSWORD)).isEqualTo(401);
    assertThat(restStatus("127.0.0.1", "nurse", SecurityTestUsers.PASSWORD)).isEqualTo(200);
    assertThat(entries.findByActorAndActionOrderByOccurredAtDesc("guess-" + SEQUENCE.get(), LoginLocks.ADDRESS_LOCKED))
        .isNotEmpty();
  }

  @Test
  @DisplayName("ログイン画面は、存在しないユーザー・誤ったパスワード・ロック中のどれにも同じ中立的なメッセージを出す")
  void theLoginPageSaysTheSameForEveryFailure() {
    String user = newUser();
    // lock the account from another address (over REST), so this address counts no failure for it
    for (int i = 0; i < 6; i++) {
      restStatus("127.0.0.8", user, "wrong");
    }

    WebSession browser = WebSession.anonymous(baseUrl());
    String unknown = WebSession.location(browser.login("nobody-" + SEQUENCE.incrementAndGet(), "whatever"));
    String wrong = WebSession.location(browser.login(newUser(), "wrong-password"));
    String locked = WebSession.location(browser.login(user, STRONG));

    assertThat(List.of(unknown, wrong, locked)).allSatisfy(l -> assertThat(l).endsWith("/login.xhtml?error"));
    String page = browser.get("/login.xhtml?error").body();
    assertThat(page).contains("ログインできませんでした。ユーザーIDとパスワードを確認してください。")
        .doesNotContain("ロックされ");
    String english = browser.get("/login.xhtml?error&lang=en").body();
    assertThat(english).contains("Could not log in. Check your user ID and password.");
  }

  @Test
  @DisplayName("パスワードポリシー: 短い、ユーザー名を含む、よくあるパスワードは IdentityService でも REST でも拒否される")
  void thePasswordPolicyRefusesWeakPasswords() {
    String id = "policy-" + SEQUENCE.incrementAndGet();
    for (String weak : List.of("Short-1!", id + "-Long-Enough!", "password12345!", "qwertyuiopas", "111111111111")) {
      User user = identityService.newUser(id);
      user.setPassword(weak);
      assertThatThrownBy(() -> identityService.saveUser(user)).as(weak).isInstanceOf(ProcessEngineException.class);
    }
    User strong = identityService.newUser(id);
    strong.setPassword(STRONG);
    identityService.saveUser(strong);
    assertThat(identityService.checkPassword(id, STRONG)).isTrue();

    Rest admin = Rest.as(baseUrl(), "admin", SecurityTestUsers.PASSWORD);
    String restId = "policy-rest-" + SEQUENCE.incrementAndGet();
    assertThat(admin.post("/user/create", "{\"profile\":{\"id\":\"" + restId + "\",\"firstName\":\"試験\","
        + "\"lastName\":\"太郎\",\"email\":\"" + restId + "@demo.mamori.example\"},"
        + "\"credentials\":{\"password\":\"password1234\"}}").statusCode()).isBetween(400, 599);
    assertThat(identityService.createUserQuery().userId(restId).count()).isZero();
    assertThat(Rest.json(admin.post("/identity/password-policy", "{\"password\":\"short\"}")).path("valid")
        .asBoolean()).isFalse();
    assertThat(Rest.json(admin.post("/identity/password-policy", "{\"password\":\"" + STRONG + "\"}")).path("valid")
        .asBoolean()).isTrue();
    // the demo keeps its password; production (no demo organization) refuses it like any other
    assertThat(identityService.checkPasswordAgainstPolicy("demo").isValid()).isTrue();
    MamoriPasswordPolicy production = new MamoriPasswordPolicy(12, CommonPasswordRule.fromClasspath(), null);
    assertThat(identityService.checkPasswordAgainstPolicy(production, "demo").isValid()).isFalse();
    assertThat(identityService.checkPasswordAgainstPolicy(production, STRONG).isValid()).isTrue();
  }

  private String newUser() {
    String id = "throttle-" + SEQUENCE.incrementAndGet();
    User user = identityService.newUser(id);
    user.setFirstName("試験");
    user.setLastName("花子");
    user.setEmail(id + "@demo.mamori.example");
    user.setPassword(STRONG);
    identityService.saveUser(user);
    identityService.createMembership(id, "handler");
    return id;
  }

  private static Authentication login(String user, String password, String address) {
    UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    token.setDetails(new WebAuthenticationDetails(address, null));
    return token;
  }

  /** A GET over /engine-rest with HTTP Basic from a loopback address of the test's choosing; the status code. */
  private int restStatus(String fromAddress, String user, String password) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(fromAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /engine-rest/process-definition?maxResults=1 HTTP/1.1\r\nHost: 127.0.0.1:" + port
          + "\r\nAccept: application/json\r\nAuthorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream statusLine = new ByteArrayOutputStream();
      for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
        statusLine.write(b);
      }
      return Integer.parseInt(statusLine.toString(StandardCharsets.US_ASCII).split(" ")[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String to(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
