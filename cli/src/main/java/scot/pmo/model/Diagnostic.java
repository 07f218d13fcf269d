package scot.pmo.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content: where it is, a stable code, what is wrong and how to fix it.
 *
 * @param severity how serious it is
 * @param code a stable kebab-case code, listed in the README
 * @param at where the problem is
 * @param message what is wrong, in one sentence
 * @param hint how to fix it; may be empty
 */
public record Diagnostic(Severity severity, String code, SourceRef at, String message, String hint)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::at)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(code);
    Objects.requireNonNull(at);
    Objects.requireNonNull(message);
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic error(String code, SourceRef at, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, at, message, hint);
  }

  public static Diagnostic warning(String code, SourceRef at, String message, String hint) {
    return new Diagnostic(Severity.WARNING, code, at, message, hint);
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
