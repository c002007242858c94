package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.mamori.testing.EngineErrorLog;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rule's refusal inside a user's engine command, however the engine wraps it, is logged as the user's request; a
 * command that fails for any other reason, and a job refused, are still server errors in the log (ADR 0052).
 */
class RefusalsLoggedAsRequestsTest extends IntegrationTest {

  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  @DisplayName("手続の規則による拒否は、エンジンが包んでもサーバーの障害(ERROR)として記録しない")
  void aWrappedRefusalIsNotAServerError() {
    assertThat(errorsWhenACommandFailsWith(new ActionRefused("task.error.x"), false)).isEmpty();
  }

  @Test
  @DisplayName("それ以外の失敗は、これまでどおりサーバーの障害(ERROR)として記録する")
  void anyOtherFailureIsStillAServerError() {
    assertThat(errorsWhenACommandFailsWith(new IllegalStateException("broken"), false)).isNotEmpty();
  }

  @Test
  @DisplayName("ジョブ(待っている利用者がいない)での拒否は、サーバーの障害(ERROR)として記録する")
  void aRefusalInAJobIsStillAServerError() {
    assertThat(errorsWhenACommandFailsWith(new ActionRefused("task.error.x"), true)).isNotEmpty();
  }

  /** The engine's ERROR lines for a command (a job's, or a user's) failing with the cause, wrapped as a listener's. */
  private List<String> errorsWhenACommandFailsWith(RuntimeException cause, boolean inAJob) {
    return EngineErrorLog.during(() -> assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired()
        .execute(context -> {
          if (inAJob) {
            context.setCurrentJob(new MessageEntity());
          }
          throw new ProcessEngineException("Exception while invoking TaskListener", cause);
        })).hasRootCauseInstanceOf(cause.getClass()));
  }
}
