/**
 * <b>Kernel.</b> The audit trail: who did what, when, on which case and why; logins and logouts. Append-only.
 */
package jp.mamori.trail;
