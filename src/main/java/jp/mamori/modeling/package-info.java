/**
 * <b>Platform.</b> The process owners' tools: the deployment gate (ADR 0006), the start-up model check, process
 * versions and the migration of running cases.
 */
package jp.mamori.modeling;
