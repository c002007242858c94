/**
 * <b>Procedure.</b> New-purpose acquisition approval (第11–15条, processes/newPurposeAcquisition.bpmn): the model's
 * glue {@link jp.mamori.purpose.PurposeCase} and its deadlines. Its records live in {@code purpose.registry}.
 */
package jp.mamori.purpose;
