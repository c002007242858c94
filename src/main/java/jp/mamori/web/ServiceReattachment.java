package jp.mamori.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;

/**
 * Gives a deserialized page bean (or its lazy table model) the services of this node (ADR 0034). Only the
 * application's own classes are touched; of them, every {@code transient} field still empty after reading whose type
 * is a Spring bean (or a list of beans) of this context. Fields of other types stay as they were read: the classes
 * make such fields rebuild themselves when they are empty (a lazy model, a loaded record).
 */
final class ServiceReattachment {

  private static final String OWN_PACKAGE = "jp.mamori.";

  private final ApplicationContext context;
  /** The fields to fill, per class: found once, by reflection. */
  private final Map<Class<?>, List<Field>> fieldsByClass = new ConcurrentHashMap<>();

  ServiceReattachment(ApplicationContext context) {
    this.context = context;
  }

  void reattach(Object object) {
    if (object == null || !object.getClass().getName().startsWith(OWN_PACKAGE)) {
      return;
    }
    for (Field field : fieldsByClass.computeIfAbsent(object.getClass(), ServiceReattachment::transientFields)) {
      try {
        if (field.get(object) == null) {
          Object service = serviceFor(field);
          if (service != null) {
            field.set(object, service);
          }
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot give " + field + " its service", e);
      }
    }
  }

  private Object serviceFor(Field field) {
    if (List.class.equals(field.getType())) {
      Class<?> element = ResolvableType.forField(field).getGeneric(0).resolve();
      return element == null ? null : context.getBeanProvider(element).orderedStream().toList();
    }
    if (field.getType().isPrimitive() || field.getType().getName().startsWith("java.")
        && !field.getType().getName().equals("java.time.Clock")) {
      return null;
    }
    ObjectProvider<?> provider = context.getBeanProvider(field.getType());
    return provider.getIfUnique();
  }

  private static List<Field> transientFields(Class<?> type) {
    List<Field> fields = new java.util.ArrayList<>();
    for (Class<?> c = type; c != null && c.getName().startsWith(OWN_PACKAGE); c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isTransient(modifiers) && !Modifier.isStatic(modifiers) && !field.getType().isPrimitive()) {
          field.setAccessible(true);
          fields.add(field);
        }
      }
    }
    return List.copyOf(fields);
  }
}
