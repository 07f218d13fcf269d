/**
 * Diff: what a change does to the programme. Takes the validated content and the graph of two
 * revisions; gives a {@link scot.pmo.diff.ProgrammeDiff} of entities added, removed, renamed and
 * changed field by field, people joining and leaving roles, interdependencies opened, escalated and
 * resolved, and the problems the change introduces or fixes.
 */
package scot.pmo.diff;
