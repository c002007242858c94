/**
 * <b>Register.</b> Third-party provision (第26条; Keio 10-11, 23-25; APPI 29-30条; 000; 001): the consents given
 * on 別紙3 with their changes and withdrawals on 別紙4, patients' objections to listed purposes and the
 * 次世代医療基盤法 opt-out, the record of every provision and of every receipt, the stop of provision a patient asks
 * for, the pages of the desk and of the records, the settings and the dashboard section. Other procedures (the
 * patients' requests) read it through {@link jp.mamori.provision.registry.ProvisionRecords} and
 * {@link jp.mamori.provision.registry.Consents}.
 */
package jp.mamori.provision.registry;
