/**
 * <b>Platform.</b> Camunda Forms read, rendered and validated on the server (ADR 0003): parser, field rules,
 * value conversion, prefill.
 */
package jp.mamori.tasks.form;
