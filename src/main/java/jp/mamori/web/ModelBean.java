package jp.mamori.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean that models may call from an expression ({@code ${purposeCase.file(execution)}}): a procedure's glue,
 * written and reviewed as code. The engine's expression manager resolves these beans and no other (ADR 0006), and
 * the deployment gate admits calls of their own public methods only.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ModelBean {}
