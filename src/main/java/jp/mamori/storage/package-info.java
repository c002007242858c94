/**
 * <b>Kernel.</b> How the app's own rows are stored (ADR 0044): Spring Data JDBC over the one data source the engine
 * also uses, with the instants of every table kept as UTC wall times in {@code datetime(6)} columns.
 */
package jp.mamori.storage;
