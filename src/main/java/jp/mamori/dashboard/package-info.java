/**
 * <b>Platform.</b> The executives' dashboard: the {@link jp.mamori.dashboard.DashboardSection} interface and its
 * toolkit, the page and the list behind every figure, and the sections over the engine's own tables (tasks, roles,
 * trends). Capabilities contribute their sections from their own packages; this package knows none of them.
 */
package jp.mamori.dashboard;
