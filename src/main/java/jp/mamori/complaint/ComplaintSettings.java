package jp.mamori.complaint;

import jp.mamori.process.DeadlineSettings;
import jp.mamori.web.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The target time of a complaint's answer (第10条; Keio 33: 適正かつ迅速な処理), in business days from its receipt:
 * due and reminded after {@code mamori.complaint.answer-days}, escalated {@code mamori.complaint.escalation-days}
 * later.
 */
@ModelBean
@Component("complaintSettings")
public class ComplaintSettings extends DeadlineSettings {

  ComplaintSettings(@Value("${mamori.complaint.answer-days:10}") int answerDays,
      @Value("${mamori.complaint.escalation-days:3}") int escalationDays) {
    super("mamori.complaint.answer-days and escalation-days", answerDays, escalationDays);
  }
}
