package jp.mamori.provision.registry;

/** 第26条2 各号: (1) a warrant or other legal demand, (2) public health or children's welfare, (3) life, body or property. */
public enum ExceptionGround {
  WARRANT, PUBLIC_HEALTH, LIFE_PROTECTION;

  /** The form's value ({@code warrant}, {@code publicHealth}, {@code lifeProtection}), or null. */
  public static ExceptionGround ofFormValue(String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "warrant" -> WARRANT;
      case "publicHealth" -> PUBLIC_HEALTH;
      case "lifeProtection" -> LIFE_PROTECTION;
      default -> null;
    };
  }
}
