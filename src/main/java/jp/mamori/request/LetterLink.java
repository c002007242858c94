package jp.mamori.request;

import java.time.Instant;

/**
 * A kept letter as the request's page lists it: its id (the download's), its template (its title) and when it was
 * written, without the PDF itself, which is read only when it is downloaded.
 */
public record LetterLink(Long id, String template, Instant createdAt) {

  /** The human title's message key, e.g. 「開示決定通知書」's, from the template's kind (appeal: the review's letter). */
  public String titleKey() {
    int dash = template.indexOf('-');
    return "request.letterTitle." + (dash < 0 ? template : template.substring(0, dash));
  }
}
