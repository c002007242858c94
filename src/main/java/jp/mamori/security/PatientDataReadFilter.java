package jp.mamori.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The access log over /engine-rest and the Camunda webapps' API (/camunda/api/...: Cockpit, Tasklist), ADR 0026.
 * A read of case data — variables, task form variables, variable instances, history, comments, attachments — that
 * succeeded is logged once per request for each case of a procedure holding patient data: the cases named by the path
 * ({@code process-instance/{id}}, {@code task/{id}}), by the query ({@code processInstanceId},
 * {@code processInstanceIdIn}), by a JSON query body, and the cases the answer itself carries
 * ({@code processInstanceId} fields), so that a broad query is logged as well as a pointed one.
 */
class PatientDataReadFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATA_READ = Pattern.compile(".*/(variables|form-variables|variable-instance|"
      + "localVariables|history|comment|attachment)(/.*)?$|.*/history/.*");
  private static final int MAX_CASES = 200;
  private static final int WHAT_MAX = 100;

  private final PatientDataReads reads;

  PatientDataReadFilter(PatientDataReads reads) {
    this.reads = reads;
  }

  /** Whether the request reads case data (and is not a count or a write). */
  static boolean readsCaseData(String method, String path) {
    if (path.endsWith("/count") || !DATA_READ.matcher(path).matches()) {
      return false;
    }
    // POST is how the webapps query variable instances and history; a POST elsewhere writes
    return "GET".equals(method) || "POST".equals(method)
        && (path.endsWith("/variable-instance") || path.contains("/history/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!readsCaseData(request.getMethod(), path)) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingRequestWrapper cachedRequest = new ContentCachingRequestWrapper(request);
    ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(cachedRequest, cachedResponse);
      if (cachedResponse.getStatus() < 300) {
        Set<String> cases = casesOf(path, request, cachedRequest.getContentAsByteArray(),
            cachedResponse.getContentAsByteArray());
        reads.casesRead(cases, what(request.getMethod(), path));
      }
    } finally {
      cachedResponse.copyBodyToResponse();
    }
  }

  private Set<String> casesOf(String path, HttpServletRequest request, byte[] body, byte[] answer) {
    Set<String> ids = new LinkedHashSet<>();
    List<String> segments = Arrays.asList(path.split("/"));
    for (int i = 0; i + 1 < segments.size(); i++) {
      String next = segments.get(i + 1);
      if ("process-instance".equals(segments.get(i)) && !next.isEmpty() && !"count".equals(next)) {
        ids.add(next);
      } else if ("task".equals(segments.get(i)) && !next.isEmpty() && !"count".equals(next)) {
        reads.processInstanceOfTask(next).ifPresent(ids::add);
      }
    }
    addAll(ids, request.getParameter("processInstanceId"));
    addAll(ids, request.getParameter("processInstanceIdIn"));
    JsonNode query = parse(body);
    if (query != null) {
      query.findValues("processInstanceId").forEach(v -> addAll(ids, v.asText(null)));
      query.findValues("processInstanceIdIn").forEach(v -> v.forEach(id -> addAll(ids, id.asText(null))));
    }
    JsonNode result = parse(answer);
    if (result != null) {
      result.findValues("processInstanceId").forEach(v -> addAll(ids, v.asText(null)));
      if (path.endsWith("/history/process-instance") && result.isArray()) {
        result.forEach(instance -> addAll(ids, instance.path("id").asText(null)));
      }
    }
    return ids.stream().limit(MAX_CASES).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
  }

  private static void addAll(Set<String> ids, String commaSeparated) {
    if (commaSeparated != null && !commaSeparated.isBlank() && !"null".equals(commaSeparated)) {
      Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
    }
  }

  private static JsonNode parse(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String what(String method, String path) {
    String what = method + " " + path;
    return what.length() <= WHAT_MAX ? what : what.substring(0, WHAT_MAX);
  }
}
