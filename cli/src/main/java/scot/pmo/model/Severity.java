package scot.pmo.model;

/** How serious a problem is: errors fail validation, warnings fail it only under --strict. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The lower-case word used in reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
