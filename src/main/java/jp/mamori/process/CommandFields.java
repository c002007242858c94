package jp.mamori.process;

import java.lang.reflect.Field;

/**
 * The protected fields of the engine's commands that a rule needs (the task a completion completes, the filter a list
 * runs, the authorization being saved): the engine keeps them in the command only. Found by name in the command's
 * class or a class it extends; an engine upgrade that renames one fails where it is looked up, loudly, not silently.
 */
public final class CommandFields {

  private CommandFields() {}

  public static Field of(Class<?> command, String name) {
    for (Class<?> type = command; type != null; type = type.getSuperclass()) {
      try {
        Field found = type.getDeclaredField(name);
        found.setAccessible(true);
        return found;
      } catch (NoSuchFieldException e) {
        // the field may be the superclass's
      }
    }
    throw new IllegalStateException("the engine's " + command.getSimpleName() + " has no " + name);
  }

  public static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the engine's " + command.getClass().getSimpleName() + " changed", e);
    }
  }
}
