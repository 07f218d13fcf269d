package scot.pmo.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A project's health as last reported. Shown always with its word and meaning, never by colour
 * alone.
 */
public enum Rag {
  GREEN("Green", "on track"),
  AMBER("Amber", "at risk"),
  RED("Red", "off track");

  private final String label;
  private final String meaning;

  Rag(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** The value as written in content: {@code green}, {@code amber}, {@code red}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "Amber". */
  public String label() {
    return label;
  }

  /** "at risk". */
  public String meaning() {
    return meaning;
  }

  /** "Amber (at risk)". */
  public String text() {
    return label + " (" + meaning + ")";
  }

  /** The RAG {@code value} names, if it names one. */
  public static Optional<Rag> parse(String value) {
    for (Rag rag : values()) {
      if (rag.value().equals(value)) {
        return Optional.of(rag);
      }
    }
    return Optional.empty();
  }
}
