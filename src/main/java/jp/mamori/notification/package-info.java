/**
 * <b>Platform.</b> Notifications: in the app (the bell) and by e-mail after the work commits. Procedures write the
 * texts; this package delivers them.
 */
package jp.mamori.notification;
