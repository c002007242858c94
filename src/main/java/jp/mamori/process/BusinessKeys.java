package jp.mamori.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/**
 * A case's readable business key: the model's {@code businessKeyPrefix} property (or its key), the date and a
 * short code, e.g. {@code PURPOSE-20261129-3F2A9C}.
 */
@Component
public class BusinessKeys {

  static final String PREFIX_PROPERTY = "businessKeyPrefix";

  private final RepositoryService repositoryService;
  private final Clock clock;

  BusinessKeys(RepositoryService repositoryService, Clock clock) {
    this.repositoryService = repositoryService;
    this.clock = clock;
  }

  public String next(String definitionId, String key) {
    return numbered(prefixOf(definitionId, key));
  }

  String next(Process process) {
    return numbered(prefixOf(process));
  }

  private String numbered(String prefix) {
    String day = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
    String code = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    return prefix + "-" + day + "-" + code;
  }

  /** The procedure's prefix: the model's {@code businessKeyPrefix}, or its key in capitals. */
  public String prefixOf(String definitionId, String key) {
    return repositoryService.getBpmnModelInstance(definitionId).getModelElementsByType(Process.class)
        .stream()
        .filter(p -> p.getId().equals(key))
        .findFirst()
        .map(BusinessKeys::prefixOf)
        .orElse(key.toUpperCase(Locale.ROOT));
  }

  /** The prefix of a procedure as its model (the model a case runs) gives it, without a look-up. */
  static String prefixOf(Process process) {
    return ModelProperties.value(process, PREFIX_PROPERTY).orElse(process.getId().toUpperCase(Locale.ROOT));
  }
}
