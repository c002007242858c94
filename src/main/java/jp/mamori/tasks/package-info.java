/**
 * <b>Platform.</b> The task list and its pages: my tasks and my roles' tasks (paged in the database), the task page
 * with its rendered Camunda Form, claim, hand-over, comments, the case history, the start page. Task actions go
 * through {@link jp.mamori.tasks.TaskActions} and {@link jp.mamori.tasks.Procedures}, which apply the rules of
 * {@code process}; the rules that hold on every channel (engine listeners, REST's mappers) are in {@code process}.
 */
package jp.mamori.tasks;
