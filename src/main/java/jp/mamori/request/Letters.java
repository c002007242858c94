package jp.mamori.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.organization.RoleTitles;
import jp.mamori.purpose.registry.Purpose;
import jp.mamori.purpose.registry.PurposeRegistry;
import jp.mamori.web.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply letters (別紙6, 8-1/8-2, 10-1/10-2; Keio 17): the template {@code letters/<kind>-<outcome>.txt} (files a
 * process owner edits) filled with the case's values, laid out as an A4 PDF with the Noto Sans JP font embedded
 * (a subset, from the classpath), and stored with the request.
 */
@Service
public class Letters {

  private static final Locale JA = Locale.JAPANESE;
  private static final String FONT = "fonts/NotoSansJP-Regular-subset.ttf";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
  private static final float MARGIN = 56;

  private final Requests requests;
  private final RequestLetterRepository letters;
  private final Ledger ledger;
  private final PurposeRegistry purposes;
  private final Clock clock;
  private final String hospital;
  private final RoleTitles roleTitles;
  private final RequestSettings settings;

  Letters(Requests requests, RequestLetterRepository letters, Ledger ledger, PurposeRegistry purposes, Clock clock,
      @Value("${mamori.request.hospital-name:}") String hospital, RoleTitles roleTitles, RequestSettings settings) {
    this.roleTitles = roleTitles;
    this.settings = settings;
    this.requests = requests;
    this.letters = letters;
    this.ledger = ledger;
    this.purposes = purposes;
    this.clock = clock;
    this.hospital = hospital;
  }

  /** Writes the letter of the request's kind and outcome and keeps it. */
  @Transactional
  public RequestLetter write(String caseKey) {
    PatientRequest request = requests.ofCase(caseKey);
    String template = request.getKind().value() + "-" + request.getOutcome().value() + ".txt";
    String text = fill(read("letters/" + template), values(request));
    return letters.save(new RequestLetter(request.getId(), template, clock.instant(), pdf(text)));
  }

  /**
   * Keio 32: the review's letter from {@code letters/appeal-<upheld|overturned>.txt}, with the appeal, the review's
   * reason and the decision it concerns.
   */
  @Transactional
  public RequestLetter writeAppeal(String caseKey) {
    PatientRequest request = requests.ofCase(caseKey);
    String template = "appeal-" + request.getAppealOutcome() + ".txt";
    Map<String, String> values = values(request);
    values.put("appealReceivedOn", Objects.toString(request.getAppealReceivedOn(), ""));
    values.put("appealReason", Objects.toString(request.getAppealReason(), ""));
    values.put("appealReviewReason", Objects.toString(request.getAppealReviewReason(), ""));
    values.put("reviewerTitle", roleTitles.title(settings.getAppealReviewer(), JA));
    values.put("decisionLabel", request.getOutcome() == null ? "" : Messages.text(JA, request.getOutcome().labelKey()));
    String text = fill(read("letters/" + template), values);
    return letters.save(new RequestLetter(request.getId(), template, clock.instant(), pdf(text)));
  }

  /** The request's letters as its page lists them: the PDFs stay in the database until one is downloaded. */
  @Transactional(readOnly = true)
  public List<LetterLink> of(PatientRequest request) {
    return letters.linksOf(request.getId());
  }

  @Transactional(readOnly = true)
  public java.util.Optional<RequestLetter> find(Long letterId) {
    return letters.findById(letterId).map(l -> {
      l.getPdf(); // loaded inside the transaction
      return l;
    });
  }

  private Map<String, String> values(PatientRequest request) {
    Map<String, String> v = new HashMap<>();
    v.put("hospital", hospital.isBlank() ? Messages.text(JA, "request.letter.hospital") : hospital);
    v.put("today", LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo"))).toString());
    v.put("caseNumber", request.getCaseKey());
    v.put("requesterAddressee", request.getRequesterName() == null ? request.getPatientName()
        : request.getRequesterName());
    v.put("patientName", request.getPatientName());
    v.put("patientNumber", request.getPatientNumber());
    v.put("receivedOn", request.getReceivedOn().toString());
    v.put("kindLabel", Messages.text(JA, request.getKind().labelKey()));
    v.put("requestedData", request.getRequestedData());
    v.put("methodLabel", request.getDisclosureMethod() == null ? ""
        : Messages.text(JA, "request.method." + request.getDisclosureMethod()));
    v.put("feeTotal", request.getFeeTotal() == null ? "" : Messages.text(JA, "request.fee.yen",
        java.text.NumberFormat.getIntegerInstance(JA).format(request.getFeeTotal())));
    v.put("feeDetail", Objects.toString(request.getFeeDetail(), ""));
    v.put("groundLabel", request.getGround() == null ? "" : Messages.text(JA, request.getGround().labelKey()));
    v.put("reason", Objects.toString(request.getDecisionReason(), ""));
    v.put("replacingMeasure", Objects.toString(request.getReplacingMeasure(), ""));
    List<RequestEntry> entries = requests.entriesOf(request);
    v.put("changes", entries.stream().filter(e -> e.getChangeMade() != null)
        .map(e -> "・" + e.getEntryTitle() + ": " + e.getChangeMade()).collect(Collectors.joining("\n")));
    v.put("purposes", purposesOf(entries));
    return v;
  }

  /** Keio 17: the purposes of the entries concerned, from the purpose registry; all active ones if none is named. */
  private String purposesOf(List<RequestEntry> entries) {
    List<Long> ids = entries.stream().map(e -> ledger.entry(e.getLedgerEntryId()).map(LedgerEntry::getPurposeId)
        .orElse(null)).filter(Objects::nonNull).toList();
    List<Purpose> active = purposes.active();
    List<Purpose> named = active.stream().filter(p -> ids.contains(p.getId())).toList();
    return (named.isEmpty() ? active : named).stream().map(p -> "・" + p.text(JA))
        .collect(Collectors.joining("\n"));
  }

  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String read(String resource) {
    try (InputStream in = Letters.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("letter template " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lays the text out on A4 pages: "# " lines as headings, the rest wrapped to the width. */
  static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument(); InputStream fontFile = Letters.class.getClassLoader()
        .getResourceAsStream(FONT)) {
      PDType0Font font = PDType0Font.load(document, Objects.requireNonNull(fontFile, FONT));
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<float[]> sizes = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (String raw : text.split("\\R", -1)) {
        boolean heading = raw.startsWith("# ");
        float size = heading ? 15 : 10.5f;
        for (String line : wrap(heading ? raw.substring(2) : raw, font, size, width)) {
          lines.add(line);
          sizes.add(new float[] {size, heading ? 1 : 0});
        }
      }
      PDPageContentStream content = null;
      float y = 0;
      for (int i = 0; i < lines.size(); i++) {
        float size = sizes.get(i)[0];
        if (content == null || y < MARGIN + size) {
          if (content != null) {
            content.close();
          }
          PDPage page = new PDPage(PDRectangle.A4);
          document.addPage(page);
          content = new PDPageContentStream(document, page);
          y = PDRectangle.A4.getHeight() - MARGIN;
        }
        y -= size * 1.6f;
        String line = lines.get(i);
        if (!line.isEmpty()) {
          float x = MARGIN;
          if (sizes.get(i)[1] == 1) {
            x += (width - font.getStringWidth(line) / 1000 * size) / 2;
          }
          content.beginText();
          content.setFont(font, size);
          content.newLineAtOffset(x, y);
          content.showText(line);
          content.endText();
        }
      }
      if (content != null) {
        content.close();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A character the font lacks (outside JIS X 0208) prints as 〓 instead of failing the letter. */
  private static String printable(PDType0Font font, String ch) {
    try {
      font.encode(ch);
      return ch;
    } catch (IllegalArgumentException | IOException missing) {
      return "〓";
    }
  }

  private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = printable(font, new String(Character.toChars(cp)));
      i += Character.charCount(cp);
      if (line.length() > 0 && font.getStringWidth(line + ch) / 1000 * size > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(ch);
    }
    lines.add(line.toString());
    return lines;
  }
}
