package jp.mamori.tasks.form;

/** A broken rule: the message key below {@code form.error.} and the arguments after the field label. */
record Violation(String messageKey, Object... arguments) {
}
