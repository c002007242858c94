/**
 * <b>Register.</b> The purpose-of-use registry (第11条): the purposes filed and decided, the registry page and the
 * public notice. Written by the new-purpose procedure ({@code jp.mamori.purpose}); its dashboard section.
 */
package jp.mamori.purpose.registry;
