/**
 * <b>Procedure.</b> The records' life in the ledger: an information manager's change proposed and approved by the
 * supervising manager (ledgerChange, 第5条・第21–24条), and the disposal when retention ends — dispose with evidence
 * or extend with approval (recordDisposal and its daily scan, 第23–24条; Keio 37). The records are the ledger's
 * ({@code jp.mamori.ledger}); this package is the models' glue.
 */
package jp.mamori.records;
