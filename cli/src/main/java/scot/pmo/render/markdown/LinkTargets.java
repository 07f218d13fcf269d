package scot.pmo.render.markdown;

import java.util.Optional;

/**
 * Decides where a link in content Markdown goes in the output: a web address, or nowhere (the link
 * text stays as plain text).
 */
@FunctionalInterface
public interface LinkTargets {

  /**
   * The address to link to, or empty to keep only the link text.
   *
   * @param url the destination as written, with escapes and entities already decoded
   * @param fromPath the repository-relative path of the file the Markdown comes from
   */
  Optional<String> href(String url, String fromPath);

  /** Keeps safe web links and turns every other link into plain text. */
  static LinkTargets webOnly() {
    return (url, from) -> SafeLinks.isSafe(url) ? Optional.of(url.strip()) : Optional.empty();
  }
}
