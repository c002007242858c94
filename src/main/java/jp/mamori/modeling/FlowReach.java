package jp.mamori.modeling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * Which elements of one process can run before a given step is completed: everything reached from the process's
 * start events — and from what may begin at any time, event sub-processes and compensation handlers — with the
 * step's completion cut off (its boundary events stay reachable: a timer on an approval is a way around it). The
 * elements not reached are the ones behind the step. Errs towards "reached": a joining gateway is passed on one
 * arriving path, a link goes to every catching link of its name, a sub-process ends at any of its ends (an event
 * sub-process's end ends the scope around it).
 */
final class FlowReach {

  private final Process process;
  private final Set<String> elements = new HashSet<>();
  private final List<FlowNode> anytimeStarts = new ArrayList<>();
  private final Map<String, List<BoundaryEvent>> boundaries = new HashMap<>();
  private final Map<String, List<IntermediateCatchEvent>> linkCatches = new HashMap<>();
  /** By source, from each flow's sourceRef as the engine reads it, not from the optional outgoing lists. */
  private final Map<String, List<SequenceFlow>> outgoing = new HashMap<>();

  FlowReach(Process process) {
    this.process = process;
    index(process.getFlowElements());
  }

  /** The ids of the process's flow nodes and sequence flows. */
  Set<String> elements() {
    return elements;
  }

  /** The ids of the elements that run only after {@code step} is completed (also those that never run). */
  Set<String> behind(FlowNode step) {
    Set<String> behind = new HashSet<>(elements);
    behind.removeAll(new Walk(step).run());
    return behind;
  }

  private void index(Collection<FlowElement> flowElements) {
    for (FlowElement element : flowElements) {
      elements.add(element.getId());
      if (element instanceof SubProcess sub) {
        if (sub.triggeredByEvent()) {
          startsOf(sub.getFlowElements()).forEach(anytimeStarts::add);
        }
        index(sub.getFlowElements());
      }
      if (element instanceof Activity activity && activity.isForCompensation()) {
        anytimeStarts.add(activity);
      }
      if (element instanceof SequenceFlow flow && flow.getSource() != null) {
        outgoing.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>()).add(flow);
      }
      if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
        boundaries.computeIfAbsent(boundary.getAttachedTo().getId(), id -> new ArrayList<>()).add(boundary);
      }
      if (element instanceof IntermediateCatchEvent link) {
        linkName(link.getEventDefinitions())
            .forEach(name -> linkCatches.computeIfAbsent(name, n -> new ArrayList<>()).add(link));
      }
    }
  }

  private static List<FlowNode> startsOf(Collection<FlowElement> flowElements) {
    return flowElements.stream().filter(StartEvent.class::isInstance).map(FlowNode.class::cast).toList();
  }

  private static List<String> linkName(Collection<?> definitions) {
    return definitions.stream().filter(LinkEventDefinition.class::isInstance)
        .map(d -> ((LinkEventDefinition) d).getName()).filter(n -> n != null).toList();
  }

  /** One walk from the starts, never past the completion of {@code cut}. */
  private final class Walk {

    private final FlowNode cut;
    private final Set<String> entered = new HashSet<>();
    private final Set<String> completed = new HashSet<>();
    private final Set<String> reached = new HashSet<>();
    private final Deque<Runnable> work = new ArrayDeque<>();

    Walk(FlowNode cut) {
      this.cut = cut;
    }

    Set<String> run() {
      startsOf(process.getFlowElements()).forEach(this::enter);
      anytimeStarts.forEach(this::enter);
      while (!work.isEmpty()) {
        work.pop().run();
      }
      return reached;
    }

    private void enter(FlowNode node) {
      if (!entered.add(node.getId())) {
        return;
      }
      reached.add(node.getId());
      work.push(() -> {
        boundaries.getOrDefault(node.getId(), List.of()).forEach(this::enter);
        if (node instanceof IntermediateThrowEvent link) {
          linkName(link.getEventDefinitions())
              .forEach(name -> linkCatches.getOrDefault(name, List.of()).forEach(this::enter));
        }
        if (node instanceof SubProcess sub && !sub.triggeredByEvent()) {
          startsOf(sub.getFlowElements()).forEach(this::enter);
        } else if (node != cut) {
          complete(node);
        }
      });
    }

    private void complete(FlowNode node) {
      if (!completed.add(node.getId())) {
        return;
      }
      List<SequenceFlow> flows = outgoing.getOrDefault(node.getId(), List.of());
      for (SequenceFlow flow : flows) {
        reached.add(flow.getId());
        if (flow.getTarget() != null) {
          enter(flow.getTarget());
        }
      }
      // an end inside a sub-process may end it, an event sub-process's end its parent's scope as well
      if (flows.isEmpty() && node.getParentElement() instanceof SubProcess sub) {
        complete(sub);
      }
    }
  }
}
