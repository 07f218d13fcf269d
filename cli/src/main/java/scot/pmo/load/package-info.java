/**
 * The first stage: walks content/, splits front matter from Markdown, reads YAML with the line and
 * column of every value, within limits that semi-trusted content cannot exceed, and parses Markdown
 * bodies once for every later stage; reads the repository's pmo.yaml the same way.
 */
package scot.pmo.load;
