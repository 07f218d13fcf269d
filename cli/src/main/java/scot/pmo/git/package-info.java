/**
 * Git, through JGit, kept inside this package: the commit at HEAD for provenance, the history of
 * every content file in one pass (with the fields of RAID records at each commit that changed
 * them), the last commit on or before a day, and the content of a past revision. Takes the
 * repository folder; gives our own records ({@link scot.pmo.git.Commit}, {@link
 * scot.pmo.git.GitHistory}, {@link scot.pmo.git.Revision}), so that no JGit type leaves this
 * package.
 */
package scot.pmo.git;
