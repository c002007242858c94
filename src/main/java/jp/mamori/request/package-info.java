/**
 * <b>Procedure.</b> Patients' requests (第19条2, 第27–32条; Keio 17, 25–32; processes/patientRequest): disclosure,
 * correction/addition/deletion, suspension of use/erasure, stop of third-party provision and notice of purposes,
 * received at the 医事課 desk, investigated by the ledger entries' information managers, decided with the article's
 * ground, charged by the fee table (第31条) and answered by letter. The glue is {@link jp.mamori.request.RequestCase};
 * the records, the register and the case page live here too, since no other procedure reads them yet.
 */
package jp.mamori.request;
