/**
 * <b>Kernel.</b> The hospital's organization (規程 第2–6条): roles as Camunda groups, staff, departments, deputies,
 * the bootstrap administrator and the demo organization. Knows nothing above it.
 */
package jp.mamori.organization;
