package jp.mamori.security;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.trail.AccessLogQuery;
import jp.mamori.trail.AccessLogRetention;
import jp.mamori.trail.PatientDataAccess;
import jp.mamori.trail.PatientDataAccessLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Backs access-log.xhtml: the access log of patient data searched by person, case and period, newest first, paged
 * in the database, and its CSV export ({@link AccessLogExport}). For {@link AccessLogReaders} (the URL rule, and
 * here again whatever path reached the view).
 */
@Component
@ViewScoped
public class AccessLogView implements Serializable {

  private final transient PatientDataAccessLog log;
  private final transient CurrentUser currentUser;
  private final transient StaffDirectory staff;
  private final transient AccessLogRetention retention;
  private String userId;
  private String caseKey;
  private LocalDate from;
  private LocalDate to;
  private transient LazyDataModel<PatientDataAccess> model;

  AccessLogView(PatientDataAccessLog log, CurrentUser currentUser, StaffDirectory staff,
      AccessLogRetention retention) {
    this.log = log;
    this.currentUser = currentUser;
    this.staff = staff;
    this.retention = retention;
  }

  public LazyDataModel<PatientDataAccess> getModel() {
    if (model == null) {
      boolean allowed = AccessLogReaders.may(currentUser);
      model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return allowed ? (int) Math.min(Integer.MAX_VALUE,
              log.search(query(), PageRequest.of(0, 1)).getTotalElements()) : 0;
        }

        @Override
        public List<PatientDataAccess> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          int size = Math.max(1, pageSize);
          return allowed ? log.search(query(), PageRequest.of(first / size, size)).getContent() : List.of();
        }

        @Override
        public String getRowKey(PatientDataAccess row) {
          return String.valueOf(row.getId());
        }
      };
    }
    return model;
  }

  public AccessLogQuery query() {
    return new AccessLogQuery(userId, caseKey, from, to);
  }

  /** The export of what the search shows, as a link with the same criteria. */
  public String getExportUrl() {
    String params = Stream.of(param("user", userId), param("case", caseKey),
            param("from", from == null ? null : from.toString()), param("to", to == null ? null : to.toString()))
        .filter(p -> !p.isEmpty()).collect(Collectors.joining("&"));
    return "/access-log/export.csv" + (params.isEmpty() ? "" : "?" + params);
  }

  private static String param(String name, String value) {
    return value == null || value.isBlank() ? "" : name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
  }

  public String name(String user) {
    return staff.displayName(user);
  }

  public Date date(PatientDataAccess access) {
    return Date.from(access.getAccessedAt());
  }

  public int getRetentionYears() {
    return retention.getYears();
  }

  public String getUserId() { return userId; }
  public void setUserId(String userId) { this.userId = userId; }
  public String getCaseKey() { return caseKey; }
  public void setCaseKey(String caseKey) { this.caseKey = caseKey; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
}
