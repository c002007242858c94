/**
 * <b>Procedure.</b> Complaints about the handling of personal information (第10条; Keio 33, 35; processes/complaint):
 * the desk registers, the supervising manager assigns, the investigator drafts the answer, the desk answers and the
 * case closes within a target time. A complaint links to an incident or a request by its case number only.
 */
package jp.mamori.complaint;
