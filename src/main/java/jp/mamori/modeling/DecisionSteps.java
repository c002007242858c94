package jp.mamori.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What the regulation's decisions guard, read from the procedures as Mamori ships them (the models the application
 * deploys at start, reviewed and tested with the code): each call of the app's code that runs in them only after a
 * decision step — publishing a purpose after 第12条's approval, recording a contract after the director's consent —
 * with the steps it runs behind. A process owner's model may call it too, but only behind the same steps
 * ({@link DecisionStepsKept}, ADR 0065). Read once, when a person first deploys.
 */
@Component
class DecisionSteps {

  private static final String SHIPPED = "classpath*:processes/*.bpmn";

  private final ModelReferences references;
  private volatile Map<String, Guard> guarded;

  DecisionSteps(ModelReferences references) {
    this.references = references;
  }

  /** A guarded call's steps, and where the shipped models have them, for the texts. */
  record Guard(Set<DecisionStep> steps, Map<DecisionStep, String> shippedAt) {}

  /** Call ({@code bean.method}, or a delegate's bean) → the steps every shipped call of it runs behind. */
  Map<String, Guard> guarded() {
    Map<String, Guard> known = guarded;
    if (known == null) {
      known = read();
      guarded = known;
    }
    return known;
  }

  private Map<String, Guard> read() {
    Map<String, Map<DecisionStep, String>> common = new HashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(SHIPPED)) {
        try (InputStream in = resource.getInputStream()) {
          ModelFlows.read(in.readAllBytes(), references).calls().forEach(call -> {
            Map<DecisionStep, String> steps = new HashMap<>();
            call.after().forEach(task -> DecisionStep.of(task)
                .ifPresent(step -> steps.put(step, ModelFlows.where(task))));
            common.merge(call.call(), steps, (earlier, later) -> {
              earlier.keySet().retainAll(later.keySet());
              return earlier;
            });
          });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Guard> result = new HashMap<>();
    common.forEach((call, steps) -> {
      if (!steps.isEmpty()) {
        result.put(call, new Guard(Set.copyOf(steps.keySet()), Map.copyOf(steps)));
      }
    });
    return Map.copyOf(result);
  }
}
