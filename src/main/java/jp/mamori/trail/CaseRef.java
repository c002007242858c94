package jp.mamori.trail;

/** Which case (process instance) and which of its tasks an entry is about; any part may be null. */
public record CaseRef(String processInstanceId, String businessKey, String taskId) {

  public static final CaseRef NONE = new CaseRef(null, null, null);
}
