package scot.pmo.render.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the site knows of the programme's history: dates per content file and the list of changes,
 * newest first. {@link #none()} when the content is not in git: pages then say nothing about dates
 * and the "what changed" page says that history is not available.
 *
 * @param available whether history was read at all
 * @param pages the history of each content file, by repository-relative path
 * @param changes every change, newest first
 */
public record SiteHistory(
    boolean available, Map<String, PageHistory> pages, List<ChangeEntry> changes) {

  public SiteHistory {
    pages = Map.copyOf(pages);
    changes = List.copyOf(changes);
  }

  /** No history: the site is built from files outside git, or history was not asked for. */
  public static SiteHistory none() {
    return new SiteHistory(false, Map.of(), List.of());
  }

  /** History read from a repository. */
  public static SiteHistory of(Map<String, PageHistory> pages, List<ChangeEntry> changes) {
    return new SiteHistory(true, pages, changes);
  }

  public Optional<PageHistory> page(String path) {
    return Optional.ofNullable(pages.get(path));
  }
}
