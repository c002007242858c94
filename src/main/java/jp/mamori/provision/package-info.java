/**
 * <b>Procedure.</b> Third-party provision (第26条; processes/thirdPartyProvision): the {@code provisionCase} glue of
 * the model. The consents, objections, records and the stop of provision live in {@code provision.registry}.
 */
package jp.mamori.provision;
