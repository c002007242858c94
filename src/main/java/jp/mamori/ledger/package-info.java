/**
 * <b>Register.</b> The personal-information ledger (個人情報管理台帳, 第5条・第36条): its entries, the information
 * managers' edits, the page. Written by procedures (a purpose approved), read by the audit.
 */
package jp.mamori.ledger;
