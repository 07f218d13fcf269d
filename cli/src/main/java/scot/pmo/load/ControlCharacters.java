package scot.pmo.load;

import java.util.Optional;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceRef;

/**
 * Finds characters that content never needs and that hide or disguise what it says: control
 * characters other than tab and line breaks, and the bidirectional overrides and isolates that can
 * make text read differently from how it is stored ("Trojan Source"), and U+FEFF, invisible,
 * anywhere but as the byte-order mark at a file's start.
 */
final class ControlCharacters {

  private ControlCharacters() {}

  /** The first such character in {@code text}, as a diagnostic in {@code path}, if any. */
  static Optional<Diagnostic> problem(String text, String path) {
    int line = 1;
    int lineStart = 0;
    // An array, not charAt: every content file is scanned, and the quick compiler keeps charAt a
    // call.
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7F) {
        continue;
      }
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        continue;
      }
      if (isRefused(c)) {
        return Optional.of(
            Diagnostic.error(
                "control-character",
                new SourceRef(path, line, i - lineStart + 1),
                String.format(
                    "the file holds the invisible character U+%04X (%s), which content may"
                        + " not hold",
                    (int) c, name(c)),
                "delete it: retype the text around it, or search for \\u"
                    + String.format("%04X", (int) c)
                    + " in an editor that shows invisible characters"));
      }
    }
    return Optional.empty();
  }

  static boolean isRefused(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF'; // zero width: a title with one inside looks like one without
  }

  private static String name(char c) {
    if (c == 0) {
      return "a NUL byte";
    }
    if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
      return "a bidirectional text control";
    }
    if (c == '\uFEFF') {
      return "a zero-width no-break space, or a byte-order mark not at the start of the file";
    }
    return "a control character";
  }
}
