/**
 * Git, through JGit, kept inside this package. Input: a folder. Output: our own value types
 * ({@link scot.pmo.git.Commit}), never JGit objects.
 */
package scot.pmo.git;
