/**
 * <b>Platform.</b> The process platform every procedure's model uses, on every channel (the app, {@code /engine-rest},
 * Tasklist, the Java API; ADR 0011): four-eyes ({@code fourEyes=initiator}, ADR 0004), reminders and escalation of
 * idle tasks, the new-task notifier, {@code completedBy}, model extension properties, Tasklist's shared filters, the
 * engine-side rules (reserved variables, forms checked for remote callers, default business keys, every completion in
 * the trail), REST's answer to a refusal ({@link jp.mamori.process.RestRefusals}, which also records it in the trail),
 * and the procedures' toolkit: {@link jp.mamori.process.CaseVariables} (reading form values) and
 * {@link jp.mamori.process.DeadlineSettings} (review and escalation days); checklists stored under a plain type name
 * ({@link jp.mamori.process.ChecklistTypeName}, ADR 0045). Knows no procedure.
 */
package jp.mamori.process;
