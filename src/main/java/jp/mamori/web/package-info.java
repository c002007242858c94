/**
 * <b>Kernel.</b> What every page needs: messages in Japanese and English ({@link jp.mamori.web.Messages}), the one
 * refusal type ({@link jp.mamori.web.ActionRefused}), the mark of a bean models may call
 * ({@link jp.mamori.web.ModelBean}, ADR 0006), locale selection, CSRF on every form, the record EL resolver.
 */
package jp.mamori.web;
