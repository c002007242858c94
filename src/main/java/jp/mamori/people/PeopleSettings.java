package jp.mamori.people;

import jp.mamori.web.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The weekly pledge and training check's cycle ({@code mamori.people.check-cycle}, default Monday 7:00), read by the
 * timer start event of pledgeTrainingCheck when the model is deployed — a bean of its own, without dependencies, so
 * that the engine can read it while it is being built.
 */
@ModelBean
@Component("peopleSettings")
public class PeopleSettings {

  private final String checkCycle;

  PeopleSettings(@Value("${mamori.people.check-cycle:0 0 7 ? * MON}") String checkCycle) {
    this.checkCycle = checkCycle;
  }

  public String getCheckCycle() {
    return checkCycle;
  }
}
