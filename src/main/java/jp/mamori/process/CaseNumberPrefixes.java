package jp.mamori.process;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The letters every deployed procedure begins its case numbers with, in capitals. Read again after half a minute
 * rather than at every start that names a number: a procedure deployed on another node is known here that much
 * later, which at worst lets a reference begin like its numbers for that long.
 */
@Component
class CaseNumberPrefixes {

  private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final RepositoryService repositoryService;
  private final BusinessKeys businessKeys;
  private volatile Read last;

  CaseNumberPrefixes(RepositoryService repositoryService, BusinessKeys businessKeys) {
    this.repositoryService = repositoryService;
    this.businessKeys = businessKeys;
  }

  Set<String> all() {
    Read read = last;
    if (read == null || System.nanoTime() - read.at() > FRESH_NANOS) {
      read = new Read(System.nanoTime(), readNow());
      last = read;
    }
    return read.prefixes();
  }

  /** Every procedure's, also those the person may not see: a reference must not look like any of them. */
  private Set<String> readNow() {
    return Context.getCommandContext().runWithoutAuthorization(() ->
        repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
            .map(definition -> businessKeys.prefixOf(definition.getId(), definition.getKey()).toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet()));
  }

  private record Read(long at, Set<String> prefixes) {
  }
}
