package jp.mamori.modeling;

/**
 * What the deployment gate refuses (docs/adr/0006-deployment-gate.md). Each rule has a problem and a remedy text in
 * the messages bundle ({@code gate.<key>.problem} / {@code .remedy}), in Japanese and English.
 */
public enum GateRule {
  UNREADABLE("unreadable"),
  UNSUPPORTED_RESOURCE("unsupportedResource"),
  NO_ROLE("noRole"),
  UNKNOWN_GROUP("unknownGroup"),
  NAMED_PERSON("namedPerson"),
  NO_FORM("noForm"),
  FORM_NOT_IN_DEPLOYMENT("formNotInDeployment"),
  SCRIPT("script"),
  JAVA_CLASS("javaClass"),
  UNKNOWN_BEAN("unknownBean"),
  NOT_A_BEAN("notABean"),
  NO_DIAGRAM("noDiagram"),
  NO_HISTORY_TTL("noHistoryTtl"),
  EXPRESSION("expression"),
  ENGINE_OBJECT("engineObject"),
  TIMER_CYCLE("timerCycle"),
  TOO_LARGE("tooLarge"),
  AMBIGUOUS_REQUEST("ambiguousRequest"),
  NEED_TO_KNOW_DROPPED("needToKnowDropped"),
  DECISION_BYPASSED("decisionBypassed"),
  REQUESTER_NOT_RECORDED("requesterNotRecorded"),
  RESERVED_VARIABLE_WRITTEN("reservedVariableWritten");

  private final String key;

  GateRule(String key) {
    this.key = key;
  }

  public String problemKey() {
    return "gate." + key + ".problem";
  }

  public String remedyKey() {
    return "gate." + key + ".remedy";
  }
}
