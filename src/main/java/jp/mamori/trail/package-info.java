/**
 * <b>Kernel.</b> The audit trail: who did what, when, on which case and why; logins and logouts; and the access log of
 * patient data ({@link jp.mamori.trail.PatientDataAccessLog}: who viewed which case, when, from where, app, REST or
 * Cockpit), kept for its period ({@link jp.mamori.trail.AccessLogRetention}). Append-only.
 */
package jp.mamori.trail;
