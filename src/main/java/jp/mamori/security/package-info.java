/**
 * <b>Platform.</b> Login, roles to URL rules, the engine identity of each request (app, webapps, REST), the landing
 * page and who may see the dashboard; the second factor of the privileged roles (passkeys, personal API tokens,
 * ADR 0025); security events go to the trail.
 */
package jp.mamori.security;
