package jp.mamori.tasks;

import java.io.Serializable;

/** A procedure (the latest version of a process definition) that the user may start. */
public record Procedure(String key, String definitionId, String name, String description, boolean hasStartForm)
    implements Serializable {}
