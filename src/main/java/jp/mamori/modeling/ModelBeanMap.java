package jp.mamori.modeling;

import jp.mamori.web.ModelBean;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * The beans a model's expressions can see: the {@link ModelBean}s by name, looked up when an expression first asks
 * (the engine is built before them). Given to the engine as its {@code beans}, which replaces the resolver that
 * would otherwise see every bean of the context ({@code environment}, {@code dataSource}, the engine's services).
 */
final class ModelBeanMap extends AbstractMap<Object, Object> {

  private final ApplicationContext context;
  private volatile Set<String> names;

  ModelBeanMap(ApplicationContext context) {
    this.context = context;
  }

  /** The bean definitions are complete before any model is read: the list is taken once. */
  Set<String> names() {
    Set<String> known = names;
    if (known == null) {
      known = Set.of(context.getBeanNamesForAnnotation(ModelBean.class));
      names = known;
    }
    return known;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && names().contains(name);
  }

  @Override
  public Object get(Object key) {
    return containsKey(key) ? context.getBean((String) key) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    Set<Entry<Object, Object>> entries = new LinkedHashSet<>();
    names().forEach(name -> entries.add(new SimpleImmutableEntry<>(name, context.getBean(name))));
    return entries;
  }
}
