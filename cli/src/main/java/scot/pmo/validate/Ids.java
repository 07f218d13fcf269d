package scot.pmo.validate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form of entity ids: lower-case letters and digits in words joined by single hyphens. */
public final class Ids {

  /** What an id looks like. */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The longest id accepted. */
  public static final int MAX_LENGTH = 80;

  private Ids() {}

  /** Names Windows reserves for devices, whatever the extension: {@code con.html} too. */
  private static final Pattern WINDOWS_RESERVED =
      Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  public static boolean isValid(String id) {
    return id.length() <= MAX_LENGTH && PATTERN.matcher(id).matches();
  }

  /** Whether {@code id} is a device name on Windows, where its files cannot be written. */
  public static boolean isWindowsReserved(String id) {
    return WINDOWS_RESERVED.matcher(id).matches();
  }

  /** The id that {@code text} most likely means: accents dropped, lower case, hyphens. */
  public static String slug(String text) {
    String plain =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return plain.isEmpty() ? "new-id" : plain;
  }
}
