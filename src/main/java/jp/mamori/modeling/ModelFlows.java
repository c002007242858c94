package jp.mamori.modeling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Where a model calls the app's code and which user tasks each call waits for: a call of an element runs only after
 * those tasks of its process are completed ({@link FlowReach}). A call outside every process (a message's name, say)
 * waits for nothing.
 */
final class ModelFlows {

  /**
   * One call of the app's code ({@code bean.method}), at one element of a process (null: outside every process),
   * and the user tasks it runs after.
   */
  record Call(String elementId, Process process, String call, List<UserTask> after) {}

  private final BpmnModelInstance model;
  private final Map<String, Set<String>> callsByElement;
  private final Map<String, List<UserTask>> afterByElement = new HashMap<>();
  private final Map<String, Process> processByElement = new HashMap<>();

  /** @param callsByElement the calls found in the model's code, by the id of the element they belong to */
  ModelFlows(BpmnModelInstance model, Map<String, Set<String>> callsByElement) {
    this.model = model;
    this.callsByElement = callsByElement;
    model.getModelElementsByType(Process.class).forEach(this::tasksBefore);
  }

  /** A model read from its file: the shipped models, which have passed the gate's rules long before. */
  static ModelFlows read(byte[] content, ModelReferences references) {
    Map<String, Set<String>> calls = new HashMap<>();
    try {
      new ModelCodeCheck("", references, new ArrayList<>(), calls)
          .check(ModelXml.parse(content).getDocumentElement());
    } catch (Exception e) {
      throw new IllegalStateException("a shipped model cannot be read", e);
    }
    return new ModelFlows(Bpmn.readModelFromStream(new ByteArrayInputStream(content)), calls);
  }

  Stream<Call> calls() {
    return callsByElement.entrySet().stream().flatMap(entry -> {
      String at = entry.getKey();
      String elementId = at.endsWith(ModelCodeCheck.ON_COMPLETION)
          ? at.substring(0, at.length() - ModelCodeCheck.ON_COMPLETION.length()) : at;
      List<UserTask> after = new ArrayList<>(afterByElement.getOrDefault(elementId, List.of()));
      if (!elementId.equals(at) && model.getModelElementById(elementId) instanceof UserTask task) {
        after.add(task); // a listener on the task's own completion runs after it
      }
      Process process = processByElement.get(elementId);
      return entry.getValue().stream().map(call -> new Call(elementId, process, call, after));
    });
  }

  /** The task as a process owner finds it: procedure, id and name. */
  static String where(UserTask task) {
    ModelElementInstance current = task.getParentElement();
    while (current != null && !(current instanceof Process)) {
      current = current.getParentElement();
    }
    String process = current == null ? "" : ((Process) current).getId() + " / ";
    return process + task.getId() + (task.getName() == null ? "" : "「" + task.getName() + "」");
  }

  private void tasksBefore(Process process) {
    FlowReach reach = new FlowReach(process);
    reach.elements().forEach(id -> processByElement.put(id, process));
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (!reach.elements().contains(task.getId())) {
        continue;
      }
      reach.behind(task).forEach(id -> afterByElement.computeIfAbsent(id, i -> new ArrayList<>()).add(task));
    }
  }
}
