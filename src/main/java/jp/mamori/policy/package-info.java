/**
 * <b>Register.</b> The published basic policy (プライバシーポリシー, 第3条2): its versions, each from an adopted
 * amendment of the regulation (第37条) with the date it takes effect, and the public page that shows the version in
 * force (notice/policy.xhtml, no login, like the public notice of 第11条).
 */
package jp.mamori.policy;
