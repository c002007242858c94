/**
 * <b>Platform.</b> Where users and roles come from (ADR 0024): by default the engine's own tables, where only a
 * system administrator may change a person's name or e-mail and every such change is in the audit trail
 * ({@link jp.mamori.security.identity.ProfileGuardPlugin}); with {@code mamori.directory.enabled} the hospital's
 * LDAP / Active Directory, read-only, its groups mapped to the roles by configuration
 * ({@link jp.mamori.security.identity.DirectoryIdentityPlugin}).
 */
package jp.mamori.security.identity;
