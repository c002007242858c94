package jp.mamori.purpose.registry;

/** The two lists of 第17条: use inside the hospital (1) and provision outside it (2). */
public enum PurposeCategory {
  IN_HOSPITAL, EXTERNAL
}
