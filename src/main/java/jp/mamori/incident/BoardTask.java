package jp.mamori.incident;

import java.util.Date;

/** An open task of the headquarters as the board lists it: what, who holds it (or its roles), due and overdue. */
public record BoardTask(String name, String holder, Date due, boolean overdue) {}
