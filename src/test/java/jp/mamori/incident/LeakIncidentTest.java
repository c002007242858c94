package jp.mamori.incident;

import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A leak-incident process test: the reporting nurse, the director (head) and the privacy lead (deputy). */
abstract class LeakIncidentTest extends ProcessTest {

  @Autowired Incidents incidents;

  StaffPrincipal nurse;
  StaffPrincipal director;
  StaffPrincipal privacyLead;

  @BeforeEach
  void users() {
    nurse = user("nurse");
    director = user("director");
    privacyLead = user("privacy-lead");
  }
}
