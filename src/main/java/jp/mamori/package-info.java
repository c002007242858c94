/**
 * Mamori: a hospital's personal-information regulation as BPMN processes. The packages form four layers, each
 * importing only those below it (docs/architecture.md, enforced by the LayersTest): kernel ({@code organization},
 * {@code trail}, {@code web}) &lt; platform ({@code security}, {@code notification}, {@code tasks}, {@code process},
 * {@code modeling}, {@code dashboard}) &lt; registers ({@code ledger}, {@code purpose.registry},
 * {@code outsourcing.registry}) &lt; procedures ({@code purpose}, {@code outsourcing}, {@code audit},
 * {@code incident}), which never import one another.
 */
package jp.mamori;
