package jp.mamori.outsourcing.registry;

import java.util.Date;

/** When a periodic check opens (its timer), is due (the task's due date and reminder) and escalates. */
public record CheckSchedule(Date opensAt, Date dueAt, Date escalateAt) {}
