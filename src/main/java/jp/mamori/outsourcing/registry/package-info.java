/**
 * <b>Register.</b> The contractor registry (第25条): contractors, contracts with their confirmation-document
 * clauses, pledges, periodic checks, breaches and re-outsourcing permissions, the registry pages, the settings and
 * the dashboard section of checks due.
 */
package jp.mamori.outsourcing.registry;
