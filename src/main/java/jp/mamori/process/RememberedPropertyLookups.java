package jp.mamori.process;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The conditions of the engine's SQL mappings read a property that has no getter without searching the class's
 * methods every time (issue 18).
 *
 * <p>MyBatis evaluates each {@code <if test>} of the engine's dynamic SQL with OGNL. For a property without a
 * getter — the engine's {@code authCheck.isAuthorizationCheckEnabled} is a field — OGNL's cached getter lookup finds
 * nothing, and it then searches every public method of the class, lower-casing each name, and does not remember that
 * the search failed: 2.6 % of a case's CPU under the bench's load (docs/benchmarks.md, seventeenth session). Here
 * the outcome of that second search is remembered per class and name; what is read, the access check and the
 * fall-back to the field are OGNL's own, in the same order. A property that has a getter goes to OGNL unchanged.
 *
 * <p>OGNL keeps its property accessors in one table for the whole class loader: this one is put in for
 * {@code Object} before the engine's first statement, which is also where OGNL's own would be.
 * {@code mamori.process.remembered-property-lookups: false} leaves OGNL as it is.
 */
@Component
@ConditionalOnProperty(name = "mamori.process.remembered-property-lookups", matchIfMissing = true)
class RememberedPropertyLookups extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    OgnlRuntime.setPropertyAccessor(Object.class, new Accessor());
  }

  /** OGNL's accessor for plain objects, remembering which properties have no getter and what reads them. */
  static final class Accessor extends ObjectPropertyAccessor {

    /** Per class and property: the read method found by the long search, empty if there is none. */
    private final ClassValue<Map<String, Optional<Method>>> readMethods = new ClassValue<>() {
      @Override
      protected Map<String, Optional<Method>> computeValue(Class<?> type) {
        return new ConcurrentHashMap<>();
      }
    };

    @Override
    public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
      Class<?> type = target.getClass();
      try {
        if (OgnlRuntime.getGetMethod(type, name) != null) {
          return super.getPossibleProperty(context, target, name);
        }
        Optional<Method> read = readMethods.get(type).computeIfAbsent(name,
            property -> Optional.ofNullable(OgnlRuntime.getReadMethod(type, property, null)));
        Object value = read.isPresent() && context.getMemberAccess().isAccessible(context, target, read.get(), name)
            ? OgnlRuntime.invokeMethod(target, read.get(), OgnlRuntime.NoArguments)
            : OgnlRuntime.NotFound;
        return value == OgnlRuntime.NotFound ? OgnlRuntime.getFieldValue(context, target, name, true) : value;
      } catch (InvocationTargetException e) {
        throw new OgnlException(name, e.getTargetException());
      } catch (OgnlException e) {
        throw e;
      } catch (Exception e) {
        throw new OgnlException(name, e);
      }
    }

    boolean remembers(Class<?> type, String name) {
      return readMethods.get(type).containsKey(name);
    }
  }
}
