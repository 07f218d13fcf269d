package scot.pmo.git;

import java.util.List;

/**
 * The history of one content file, followed through renames.
 *
 * @param path the file, relative to the repository root, as it is named at HEAD
 * @param created the oldest commit that touched the file (under this or an earlier name)
 * @param updated the newest commit that changed the file: the one {@code git log -1 -- path} shows
 * @param authors the names of everyone who changed it, most recent first, each once
 * @param entries the most recent commits that changed it, newest first, up to the limit
 * @param changes how many commits changed it in the history read
 * @param versions the fields asked for ({@link TrackedFields}) as each commit that changed the file
 *     left them, oldest first; empty for a file whose fields were not asked for
 */
public record EntityHistory(
    String path,
    HistoryEntry created,
    HistoryEntry updated,
    List<String> authors,
    List<HistoryEntry> entries,
    int changes,
    List<FieldVersion> versions) {}
