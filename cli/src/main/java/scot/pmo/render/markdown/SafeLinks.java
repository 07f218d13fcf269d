package scot.pmo.render.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The allow-list of link schemes in generated output: http, https and mailto. Checked on the
 * decoded address with control characters and white space removed, so that tricks such as {@code
 * java\tscript:} or {@code &#106;avascript:} do not pass.
 */
public final class SafeLinks {

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cntrl}\\p{Z}\\s\\u200B-\\u200D\\uFEFF]");

  private SafeLinks() {}

  /**
   * Whether {@code href} is a relative address within the same site, such as {@code
   * ../projects/x.html#team}: no scheme, not protocol-relative ({@code //host}), and no colon
   * before its path ends, which a browser could read as a scheme.
   */
  public static boolean isRelative(String href) {
    if (href == null) {
      return false;
    }
    String squeezed = INVISIBLE.matcher(href).replaceAll("");
    if (squeezed.isEmpty()
        || !squeezed.equals(href)
        || squeezed.startsWith("//")
        || squeezed.startsWith("/")
        || squeezed.contains("\\")) {
      return false;
    }
    int end = squeezed.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = squeezed.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return squeezed.substring(0, end).indexOf(':') < 0;
  }

  /** Whether {@code href} may be linked to: {@link #isSafe} or {@link #isRelative}. */
  public static boolean isAllowed(String href) {
    return isSafe(href) || isRelative(href);
  }

  /** Whether {@code href} is an absolute address with an allowed scheme. */
  public static boolean isSafe(String href) {
    if (href == null) {
      return false;
    }
    String squeezed = INVISIBLE.matcher(href).replaceAll("");
    var m = SCHEME.matcher(squeezed);
    return m.find()
        && SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT))
        && squeezed.length() > m.end();
  }
}
