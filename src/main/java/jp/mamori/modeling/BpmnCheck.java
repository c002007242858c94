package jp.mamori.modeling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.security.PatientDataProcedures;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.FormalExpression;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Document;

/** The gate's rules for one BPMN file. */
class BpmnCheck {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private final String resource;
  private final ModelReferences references;
  private final DecisionSteps decisions;
  private final Set<String> formsInDeployment;
  private final GateScope scope;
  private final List<GateProblem> problems;

  BpmnCheck(String resource, ModelReferences references, DecisionSteps decisions, Set<String> formsInDeployment,
      GateScope scope, List<GateProblem> problems) {
    this.resource = resource;
    this.scope = scope;
    this.references = references;
    this.decisions = decisions;
    this.formsInDeployment = formsInDeployment;
    this.problems = problems;
  }

  void check(byte[] content) {
    BpmnModelInstance model;
    Document document;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
      document = ModelXml.parse(content);
    } catch (Exception e) {
      refuse(null, GateRule.UNREADABLE, DeploymentGate.firstLine(e.getMessage()));
      return;
    }
    if (scope == GateScope.EVERYTHING) {
      model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).forEach(this::historyTtl);
      model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
          .forEach(process -> needToKnowKept(model, process));
      model.getModelElementsByType(UserTask.class).forEach(this::userTask);
      diagram(model);
    }
    model.getModelElementsByType(ScriptTask.class).forEach(t -> refuse(t.getId(), GateRule.SCRIPT, "scriptTask"));
    model.getModelElementsByType(CamundaScript.class)
        .forEach(s -> refuse(owner(s), GateRule.SCRIPT, "camunda:script " + s.getCamundaScriptFormat()));
    model.getModelElementsByType(FormalExpression.class).stream()
        .filter(e -> e.getLanguage() != null || e.getAttributeValueNs(CAMUNDA_NS, "resource") != null)
        .forEach(e -> refuse(owner(e), GateRule.SCRIPT, "language=" + e.getLanguage()));
    model.getModelElementsByType(BaseElement.class).stream()
        .filter(e -> "external".equals(e.getAttributeValueNs(CAMUNDA_NS, "type")))
        .forEach(e -> refuse(e.getId(), GateRule.NOT_A_BEAN, "camunda:type=\"external\""));
    model.getModelElementsByType(CamundaConnector.class)
        .forEach(c -> refuse(owner(c), GateRule.NOT_A_BEAN, "camunda:connector"));
    model.getModelElementsByType(TimeCycle.class).forEach(this::timeCycle);
    Map<String, Set<String>> calls = new HashMap<>();
    new ModelCodeCheck(resource, references, problems, calls).check(document.getDocumentElement());
    new ReservedVariableWrites(resource, problems).check(document.getDocumentElement());
    if (scope == GateScope.EVERYTHING) {
      new DecisionStepsKept(resource, decisions, problems).check(new ModelFlows(model, calls));
    }
  }

  private void historyTtl(Process process) {
    if (blank(process.getCamundaHistoryTimeToLiveString())) {
      refuse(process.getId(), GateRule.NO_HISTORY_TTL);
    }
  }

  /** A procedure holding patient data keeps saying so: its cases' content stays with the people who need to know. */
  private void needToKnowKept(BpmnModelInstance model, Process process) {
    if (!PatientDataProcedures.declaredIn(model, process.getId()) && references.holdsPatientData(process.getId())) {
      refuse(process.getId(), GateRule.NEED_TO_KNOW_DROPPED);
    }
  }

  private void userTask(UserTask task) {
    String groups = task.getCamundaCandidateGroups();
    String users = task.getCamundaCandidateUsers();
    String assignee = task.getCamundaAssignee();
    if (blank(groups) && blank(users) && blank(assignee)) {
      refuse(task.getId(), GateRule.NO_ROLE);
    }
    for (String group : split(groups)) {
      if (!ExpressionCheck.isExpression(group) && !references.isKnownGroup(group)) {
        refuse(task.getId(), GateRule.UNKNOWN_GROUP, group);
      }
    }
    // a person's id written into the model stops the procedure the day that person leaves or is away
    List<String> people = new ArrayList<>(split(users));
    people.addAll(split(assignee));
    for (String user : people) {
      if (!ExpressionCheck.isExpression(user)) {
        refuse(task.getId(), GateRule.NAMED_PERSON, user);
      }
    }
    String form = task.getCamundaFormRef();
    if (blank(form)) {
      refuse(task.getId(), GateRule.NO_FORM);
    } else if ("deployment".equals(task.getCamundaFormRefBinding()) && !ExpressionCheck.isExpression(form)
        && !formsInDeployment.contains(form)) {
      refuse(task.getId(), GateRule.FORM_NOT_IN_DEPLOYMENT, form);
    }
  }

  /**
   * A literal cycle fires at most hourly; a cycle from an expression comes from a model bean's settings (code), never
   * from a variable a client could set when it starts the case.
   */
  private void timeCycle(TimeCycle cycle) {
    String text = cycle.getTextContent() == null ? "" : cycle.getTextContent().strip();
    boolean fromSettings = ExpressionCheck.isExpression(text)
        ? ExpressionCheck.checkDelegate(text, references).isEmpty()
        : TimerCycles.atMostHourly(text);
    if (!fromSettings) {
      refuse(owner(cycle), GateRule.TIMER_CYCLE, text);
    }
  }

  /** Cockpit, the Modeler and the versions page draw the model from its diagram interchange. */
  private void diagram(BpmnModelInstance model) {
    if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
      refuse(null, GateRule.NO_DIAGRAM, "BPMNDiagram");
      return;
    }
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).stream().filter(s -> s.getBpmnElement() != null)
        .forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() != null)
        .forEach(e -> drawn.add(e.getBpmnElement().getId()));
    model.getModelElementsByType(FlowNode.class).stream().filter(n -> !drawn.contains(n.getId()))
        .forEach(n -> refuse(n.getId(), GateRule.NO_DIAGRAM, n.getId()));
    model.getModelElementsByType(SequenceFlow.class).stream().filter(f -> !drawn.contains(f.getId()))
        .forEach(f -> refuse(f.getId(), GateRule.NO_DIAGRAM, f.getId()));
  }

  /** The id of the BPMN element an extension (listener, script, expression) belongs to. */
  private static String owner(ModelElementInstance element) {
    ModelElementInstance current = element;
    while (current != null) {
      if (current instanceof BaseElement base && base.getId() != null
          && !(current instanceof FormalExpression)) {
        return base.getId();
      }
      current = current.getParentElement();
    }
    return null;
  }

  private void refuse(String elementId, GateRule rule, String... args) {
    problems.add(new GateProblem(resource, elementId, rule, args));
  }

  private static List<String> split(String list) {
    return list == null ? List.of()
        : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
