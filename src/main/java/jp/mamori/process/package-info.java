/**
 * <b>Platform.</b> The process platform every procedure's model uses: four-eyes ({@code fourEyes=initiator}, ADR
 * 0004), reminders and escalation of idle tasks, the new-task notifier, {@code completedBy}, model extension
 * properties, Tasklist's shared filters, REST's answer to a refusal, and the procedures' toolkit:
 * {@link jp.mamori.process.CaseVariables} (reading form values) and
 * {@link jp.mamori.process.DeadlineSettings} (review and escalation days). Knows no procedure.
 */
package jp.mamori.process;
