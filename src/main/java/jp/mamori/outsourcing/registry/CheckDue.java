package jp.mamori.outsourcing.registry;

import java.time.LocalDate;

/**
 * A contract whose periodic check (第25条3) is due soon or overdue, for dashboards: the contract's case number, the
 * contractor, the day the check opens and the day it is due (17:00, business calendar).
 */
public record CheckDue(String contractKey, Long contractorId, String contractorName, LocalDate opensOn,
    LocalDate dueOn, boolean overdue) {}
