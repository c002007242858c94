package jp.mamori.web;

import java.util.regex.Pattern;

/**
 * Unicode's invisible controls of text direction: the embeddings and overrides (U+202A–U+202E), the isolates
 * (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). None belongs in the Japanese or English texts of a
 * hospital, and each can make a text read otherwise than it is written ("Trojan Source"): an override turns
 * "kcatta" into "attack" on screen. Forms refuse them; names and the public notice drop them when shown.
 */
public final class BidiControls {

  private static final Pattern CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

  private BidiControls() {}

  public static boolean containsAny(String text) {
    return text != null && CONTROLS.matcher(text).find();
  }

  /** The text without them; null stays null. */
  public static String strip(String text) {
    return text == null ? null : CONTROLS.matcher(text).replaceAll("");
  }
}
