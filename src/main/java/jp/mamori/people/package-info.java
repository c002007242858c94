/**
 * <b>Register.</b> Designations (第4–7条): who the director named supervising manager, whom the supervising manager
 * set as information manager of a set of records, whom an information manager designated as handler, who sits on
 * the 個人情報保護部会 — dated, with who decided, kept in history — and the Camunda group memberships they give, so
 * that routing follows the designation. The page /designations.xhtml.
 */
package jp.mamori.people;
