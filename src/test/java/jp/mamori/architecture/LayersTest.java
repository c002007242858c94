package jp.mamori.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md: kernel &lt; platform &lt; registers &lt; procedures. A layer imports only the
 * layers below it; a procedure never imports another procedure, and nothing imports a procedure (it is reached
 * through the models' expressions, its pages and the platform's interfaces such as DashboardSection).
 */
@AnalyzeClasses(packages = "jp.mamori", importOptions = ImportOption.DoNotIncludeTests.class)
@ArchTag("once")
class LayersTest {

  static final String KERNEL = "Kernel";
  static final String PLATFORM = "Platform";
  static final String REGISTERS = "Registers";

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer(KERNEL).definedBy("jp.mamori.organization..", "jp.mamori.trail..", "jp.mamori.web..",
          "jp.mamori.storage..")
      .layer(PLATFORM).definedBy("jp.mamori.security..", "jp.mamori.notification..", "jp.mamori.tasks..",
          "jp.mamori.process..", "jp.mamori.modeling..", "jp.mamori.dashboard..")
      .layer(REGISTERS).definedBy("jp.mamori.ledger..", "jp.mamori.purpose.registry..",
          "jp.mamori.outsourcing.registry..", "jp.mamori.people..", "jp.mamori.provision.registry..",
          "jp.mamori.policy..")
      .layer("Purpose procedure").definedBy("jp.mamori.purpose")
      .layer("Outsourcing procedure").definedBy("jp.mamori.outsourcing")
      .layer("Audit procedure").definedBy("jp.mamori.audit..")
      .layer("Incident procedure").definedBy("jp.mamori.incident..")
      .layer("Records procedure").definedBy("jp.mamori.records..")
      .layer("Patient request procedure").definedBy("jp.mamori.request..")
      .layer("Provision procedure").definedBy("jp.mamori.provision")
      .layer("Complaint procedure").definedBy("jp.mamori.complaint..")
      .layer("Amendment procedure").definedBy("jp.mamori.amendment..")
      .whereLayer(KERNEL).mayNotAccessAnyLayer()
      .whereLayer(PLATFORM).mayOnlyAccessLayers(KERNEL)
      .whereLayer(REGISTERS).mayOnlyAccessLayers(KERNEL, PLATFORM)
      .whereLayer("Purpose procedure").mayOnlyAccessLayers(KERNEL, PLATFORM, REGISTERS)
      .whereLayer("Outsourcing procedure").mayOnlyAccessLayers(KERNEL, PLATFORM, REGISTERS)
      .whereLayer("Audit procedure").mayOnlyAccessLayers(KERNEL, PLATFORM, REGISTERS)
      .whereLayer("Incident procedure").mayOnlyAccessLayers(KERNEL, PLATFORM, REGISTERS)
      .whereLayer("Records procedure").mayOnlyAccessLayers(KERNEL, PLATFORM, REGISTERS)
      .whereLayer("Patient request procedure").mayOnlyAccessLayers(KERNEL, PLATFORM, REGISTERS)
      .whereLayer("Provision procedure").mayOnlyAccessLayers(KERNEL, PLATFORM, REGISTERS)
      .whereLayer("Complaint procedure").mayOnlyAccessLayers(KERNEL, PLATFORM, REGISTERS)
      .whereLayer("Amendment procedure").mayOnlyAccessLayers(KERNEL, PLATFORM, REGISTERS);
}
