package jp.mamori.audit;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keio 36 lets a hospital name an audit lead (医療情報監査責任者) besides the supervising manager: the role named by
 * {@code mamori.audit.lead-group} may start the audit by hand too. Runs before the engine authorizations are
 * granted from the starter groups, so that REST obeys it as well.
 */
@Component
@Order(14)
class AuditLeadStarter implements ApplicationRunner {

  static final String PROCESS = "annualAudit";

  private final RepositoryService repository;
  private final AuditSettings settings;

  AuditLeadStarter(RepositoryService repository, AuditSettings settings) {
    this.repository = repository;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
        .latestVersion().singleResult();
    if (latest == null) {
      return;
    }
    boolean present = repository.getIdentityLinksForProcessDefinition(latest.getId()).stream()
        .map(IdentityLink::getGroupId).anyMatch(settings.getLeadGroup()::equals);
    if (!present) {
      repository.addCandidateStarterGroup(latest.getId(), settings.getLeadGroup());
    }
  }
}
