package jp.mamori.modeling;

/**
 * Which of the gate's rules apply to a deployment (ADR 0006). What a model can do — scripts, Java classes,
 * expressions, timer cycles, size — is checked on every deployment. Whether it works in the app — roles, forms,
 * diagram, history time to live — is checked when a person deploys; the application's own deployments (the release's
 * models at start-up, fixtures in tests) are held to those rules by the build (ShippedModelsTest).
 */
enum GateScope {
  /** Every rule: a person deploys (REST, Cockpit, the Java API with a logged-in user). */
  EVERYTHING,
  /** The rules on code only: the application deploys, with nobody logged in. */
  CODE_ONLY
}
