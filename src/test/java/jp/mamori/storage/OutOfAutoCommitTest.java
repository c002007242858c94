package jp.mamori.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import jp.mamori.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool's connections are out of auto-commit (ADR 0047): a transaction costs no "set autocommit" statements, and a
 * write outside a transaction would be rolled back when its connection goes back to the pool. So every store that
 * writes must run in a transaction, the third-party ones included.
 */
class OutOfAutoCommitTest extends IntegrationTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired PublicKeyCredentialUserEntityRepository passkeyUsers;

  private final String name = "autocommit-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void removeUser() {
    transaction.executeWithoutResult(status -> jdbc.update("delete from user_entities where name = ?", name));
  }

  @Test
  @DisplayName("プールの接続は自動コミットではない: トランザクションごとの set autocommit が要らない")
  void connectionsAreOutOfAutoCommit() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getAutoCommit()).isFalse();
    }
  }

  @Test
  @DisplayName("書込みはトランザクションの外では残らない(だからすべての書込みはトランザクションの中で行う)")
  void aWriteOutsideATransactionIsRolledBack() {
    jdbc.update("insert into user_entities (id, name, display_name) values (?, ?, ?)",
        Bytes.random().toBase64UrlString(), name, "lost");

    assertThat(count()).isZero();
  }

  @Test
  @DisplayName("パスキーの保存(Spring Security の JDBC ストア)はトランザクションの外から呼ばれても確定する")
  void thePasskeyStoresCommitTheirWrites() {
    passkeyUsers.save(ImmutablePublicKeyCredentialUserEntity.builder()
        .id(Bytes.random()).name(name).displayName("Autocommit Test").build());

    assertThat(count()).isOne();
    assertThat(passkeyUsers.findByUsername(name)).isNotNull();
  }

  private int count() {
    return jdbc.queryForObject("select count(*) from user_entities where name = ?", Integer.class, name);
  }
}
