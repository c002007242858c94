package jp.mamori.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read record components as properties ({@code #{row.name}}): the EL 5.0 of Tomcat 10.1 knows only
 * JavaBeans getters. Read-only, as records are. Registered in faces-config.xml.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return component.get().getAccessor().invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException("cannot read " + property + " of " + base.getClass().getSimpleName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isPresent()) {
      context.setPropertyResolved(base, property);
    }
    // a record is read-only: no type to convert a submitted value to
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property).isPresent()) {
      throw new jakarta.el.PropertyNotWritableException(property + " of a record is read-only");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static Optional<RecordComponent> component(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return Optional.empty();
    }
    return Arrays.stream(base.getClass().getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst();
  }
}
