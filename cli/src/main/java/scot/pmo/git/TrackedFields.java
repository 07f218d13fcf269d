package scot.pmo.git;

import java.util.List;

/**
 * Fields whose values a history keeps at every commit that changed a file: those of the files in
 * one folder of {@code content/}, such as the status and rating of each RAID record.
 *
 * @param folder the folder, relative to the programme ({@code content/interdependencies/})
 * @param fields the top-level fields read from each version of a file there (front matter, for
 *     Markdown)
 */
public record TrackedFields(String folder, List<String> fields) {

  /** No fields are kept: a history of dates and authors alone. */
  public static final TrackedFields NONE = new TrackedFields("", List.of());

  public TrackedFields {
    folder = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
    fields = List.copyOf(fields);
  }

  boolean tracks(String path) {
    return !fields.isEmpty() && path.startsWith(folder);
  }
}
