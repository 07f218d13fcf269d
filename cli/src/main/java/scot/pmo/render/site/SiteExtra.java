package scot.pmo.render.site;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Extra output written into the site's staging folder before its pages are rendered, such as the
 * briefing papers in {@code papers/}. Pages link to what an extra has written: a project page links
 * to {@code papers/<project-id>.html|pdf|docx|md} for each of those files that exists.
 */
@FunctionalInterface
public interface SiteExtra {

  /** Writes into {@code staging}, the root of the site being built. */
  void writeInto(Path staging) throws IOException;
}
