package scot.pmo.model;

/**
 * What one edit of a content file did to the programme: the entity the file held before and the one
 * it holds after. Either is null where there was none (a new file, a deleted one, a file that could
 * not be read).
 *
 * @param path the file, relative to the repository, with '/' between folders
 * @param before the entity read from the file before the edit, or null
 * @param after the entity read from the file after the edit, or null
 */
public record FileChange(String path, Entity before, Entity after) {}
