package jp.mamori.process;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.Map;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.mariadb.jdbc.BasePreparedStatement;
import org.mariadb.jdbc.codec.Parameter;
import org.mariadb.jdbc.plugin.codec.BooleanCodec;
import org.mariadb.jdbc.plugin.codec.ByteArrayCodec;
import org.mariadb.jdbc.plugin.codec.DoubleCodec;
import org.mariadb.jdbc.plugin.codec.IntCodec;
import org.mariadb.jdbc.plugin.codec.LongCodec;
import org.mariadb.jdbc.plugin.codec.StringCodec;
import org.mariadb.jdbc.plugin.codec.TimestampCodec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's batched inserts reach MariaDB as one command per batch, not one per row (issue 18).
 *
 * <p>The MariaDB driver sends a batch of inserts as one bulk command whose header gives each column's type, taken
 * from the batch's first row; it starts a new command whenever a later row has a value of another type in a column.
 * It types every {@code NULL} as {@code VARCHAR}, whatever type the engine named, so a text column that is empty in
 * one row and filled in the next — a variable that is a number, then one that is a text — costs a command each:
 * the 11 variables a new case writes went to the server as 11 statements, their history as 11 more. Here a
 * {@code NULL} bound by the engine carries the type the engine gave it, the same the driver gives a value of that
 * type, so a batch stays one command unless its values really change type. Values, {@code NULL}s and the order of
 * rows are the same; only how the batch is cut into commands changes. On another database nothing is done.
 *
 * <p>{@code mamori.process.typed-nulls: false} leaves the engine's statements as they come. Like the other engine
 * plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001), and the MyBatis under it;
 * ADR 0048.
 */
@Component
@ConditionalOnProperty(name = "mamori.process.typed-nulls", matchIfMissing = true)
class TypedNullsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new TypedNulls());
  }

  /** Binds the engine's parameters through a statement whose {@code setNull} keeps the type it is given. */
  @Intercepts(@Signature(type = ParameterHandler.class, method = "setParameters", args = PreparedStatement.class))
  static class TypedNulls implements Interceptor {

    /** A null of the driver type that MyBatis's handler for the JDBC type binds a value with. */
    private static final Map<Integer, Parameter<?>> NULLS = Map.ofEntries(
        Map.entry(Types.VARCHAR, new Parameter<>(StringCodec.INSTANCE, null)),
        Map.entry(Types.CHAR, new Parameter<>(StringCodec.INSTANCE, null)),
        Map.entry(Types.LONGVARCHAR, new Parameter<>(StringCodec.INSTANCE, null)),
        Map.entry(Types.NVARCHAR, new Parameter<>(StringCodec.INSTANCE, null)),
        Map.entry(Types.BIGINT, new Parameter<>(LongCodec.INSTANCE, null)),
        Map.entry(Types.INTEGER, new Parameter<>(IntCodec.INSTANCE, null)),
        Map.entry(Types.DOUBLE, new Parameter<>(DoubleCodec.INSTANCE, null)),
        Map.entry(Types.TIMESTAMP, new Parameter<>(TimestampCodec.INSTANCE, null)),
        Map.entry(Types.BOOLEAN, new Parameter<>(BooleanCodec.INSTANCE, null)),
        Map.entry(Types.BLOB, new Parameter<>(ByteArrayCodec.INSTANCE, null)),
        Map.entry(Types.VARBINARY, new Parameter<>(ByteArrayCodec.INSTANCE, null)),
        Map.entry(Types.LONGVARBINARY, new Parameter<>(ByteArrayCodec.INSTANCE, null)));

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      PreparedStatement statement = (PreparedStatement) invocation.getArgs()[0];
      if (!statement.isWrapperFor(BasePreparedStatement.class)) {
        return invocation.proceed();
      }
      ((ParameterHandler) invocation.getTarget())
          .setParameters(withTypedNulls(statement, statement.unwrap(BasePreparedStatement.class)));
      return null;
    }

    private static PreparedStatement withTypedNulls(PreparedStatement statement, BasePreparedStatement driver) {
      return (PreparedStatement) Proxy.newProxyInstance(TypedNulls.class.getClassLoader(),
          new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
            if (method.getName().equals("setNull") && args.length == 2 && NULLS.containsKey((Integer) args[1])) {
              // MyBatis numbers its parameters from its own mapping of the statement, so the index is in range
              driver.setParameter((Integer) args[0] - 1, NULLS.get((Integer) args[1]));
              return null;
            }
            try {
              return method.invoke(statement, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
