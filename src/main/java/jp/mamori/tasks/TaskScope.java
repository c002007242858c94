package jp.mamori.tasks;

/** Which tasks a list shows: assigned to me, open for my roles (unclaimed), or both. */
public enum TaskScope {
  MINE, ROLES, ALL
}
