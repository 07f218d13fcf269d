package scot.pmo.publish;

/**
 * One generated file, held in memory until it is published.
 *
 * @param name the file name, relative to the output folder, e.g. {@code active-communities.html}
 * @param bytes its content
 */
public record OutputFile(String name, byte[] bytes) {}
