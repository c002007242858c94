/**
 * <b>Procedure.</b> Amending the regulation (第37条; Keio 6, 41; processes/regulationAmendment): the supervising
 * manager's proposal, the information managers' opinions, the committee's vote (one ballot per member, counted by the
 * institution's rule) and, when adopted, the effective date and a new version of the basic policy (第3条2).
 */
package jp.mamori.amendment;
