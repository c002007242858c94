package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks an inserted entity's id without writing the entity out, and still refuses the reserved id
 * {@code *} with its own message (issue 18, {@link LeanEntityManagerPlugin}).
 */
class QuietIdCheckTest extends IntegrationTest {

  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  @DisplayName("挿入するエンティティのIDを検査するとき、エンティティを文字列に書き出さない")
  void anAcceptedIdIsCheckedWithoutWritingTheEntityOut() {
    Counted entity = new Counted("a-generated-id");

    inCommand(manager -> manager.validateId(entity));

    assertThat(entity.written).as("toString calls").hasValue(0);
  }

  @Test
  @DisplayName("予約されたID「*」のエンティティは、エンジン自身のメッセージで拒否される")
  void theReservedIdIsRefusedWithTheEnginesMessage() {
    Counted entity = new Counted("*");

    assertThatThrownBy(() -> inCommand(manager -> manager.validateId(entity)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity counted entity has an invalid id")
        .hasMessageContaining("cannot be *");
  }

  @Test
  @DisplayName("予約されたID「*」での挿入は、エンジンのトランザクションで拒否される")
  void anInsertWithTheReservedIdIsRefused() {
    ByteArrayEntity bytes = new ByteArrayEntity("probe", new byte[] {1}, ResourceTypes.RUNTIME);
    bytes.setId("*");

    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
      context.getDbEntityManager().insert(bytes);
      return null;
    })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("cannot be *");
  }

  private void inCommand(java.util.function.Consumer<LeanEntityManagerPlugin.LeanEntityManager> check) {
    configuration.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
      assertThat(context.getDbEntityManager()).isInstanceOf(LeanEntityManagerPlugin.LeanEntityManager.class);
      check.accept((LeanEntityManagerPlugin.LeanEntityManager) context.getDbEntityManager());
      return null;
    });
  }

  /** An entity that counts how often it is written out. */
  private static final class Counted implements DbEntity {

    final AtomicInteger written = new AtomicInteger();
    private String id;

    Counted(String id) {
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void setId(String id) {
      this.id = id;
    }

    @Override
    public Object getPersistentState() {
      return id;
    }

    @Override
    public String toString() {
      written.incrementAndGet();
      return "counted entity";
    }
  }
}
