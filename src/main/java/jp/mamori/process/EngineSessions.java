package jp.mamori.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * A part of the engine's own (a manager, an identity provider) replaced by the application's: the engine opens a
 * session of the given type per command, and gets this one (engine {@code impl}: ADR 0001's exception).
 */
public final class EngineSessions {

  private EngineSessions() {}

  /** Opens {@code open}'s session wherever the engine asks for one of {@code type}. */
  public static SessionFactory of(Class<?> type, Supplier<? extends Session> open) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return open.get();
      }
    };
  }
}
