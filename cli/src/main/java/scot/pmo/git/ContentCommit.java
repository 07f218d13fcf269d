package scot.pmo.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The content's uncommitted changes, and committing them on a new branch for review: the branch is
 * named from the message, made at the commit the working tree is on and checked out, and only
 * {@code content/} is committed, by the author git's configuration names. Nothing is pushed.
 */
public final class ContentCommit {

  /** What was committed: on which new branch, from which one, as which commit. */
  public record Committed(String branch, String from, String commit, List<String> files) {}

  private static final String CONTENT = "content";

  private ContentCommit() {}

  /** The files under {@code content/} that differ from the last commit, or are new. */
  public static List<String> changedFiles(Path repo) {
    try (Repository repository = open(repo);
        Git git = new Git(repository)) {
      return changed(git.status().addPath(prefix(repository, repo) + CONTENT).call());
    } catch (IOException | GitAPIException e) {
      throw unreadable(repo, e);
    }
  }

  /** The branch the working tree is on, or the commit when none is checked out. */
  public static String branch(Path repo) {
    try (Repository repository = open(repo)) {
      return repository.getBranch();
    } catch (IOException e) {
      throw unreadable(repo, e);
    }
  }

  /**
   * Commits the changes under {@code content/} with {@code message} on a new branch named from it,
   * which is checked out in place of the branch the working tree was on; the working tree's other
   * changes stay as they were, uncommitted.
   */
  public static Committed commit(Path repo, String message) {
    try (Repository repository = open(repo);
        Git git = new Git(repository)) {
      UserConfig user = repository.getConfig().get(UserConfig.KEY);
      if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
        throw new GitException(
            GitException.Reason.UNREADABLE,
            "git does not know who you are, so the commit would have no author",
            "set your name and e-mail: git config --global user.name \"Your Name\" and git config"
                + " --global user.email you@example.org");
      }
      String content = prefix(repository, repo) + CONTENT;
      List<String> files = changed(git.status().addPath(content).call());
      if (files.isEmpty()) {
        throw new GitException(
            GitException.Reason.UNREADABLE,
            "there are no changes in content/ to commit",
            "save a change in a form first");
      }
      String from = repository.getBranch();
      String branch = freeName(repository, slug(message));
      git.checkout().setCreateBranch(true).setName(branch).call();
      git.add().addFilepattern(content).call();
      git.add().addFilepattern(content).setUpdate(true).call(); // deletions too
      PersonIdent author = new PersonIdent(repository);
      RevCommit commit =
          git.commit()
              .setMessage(message.strip() + "\n")
              .setAuthor(author)
              .setCommitter(author)
              .setOnly(content)
              .call();
      return new Committed(branch, from, commit.getName(), files);
    } catch (IOException | GitAPIException e) {
      throw unreadable(repo, e);
    }
  }

  /** A branch name from a commit message: "Sponsor of Active Communities" → edit/sponsor-of-... */
  static String slug(String message) {
    String words =
        message
            .strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    if (words.length() > 40) {
      // whole words only: the 41st character tells whether the 40th ends one
      words = words.substring(0, 41).replaceAll("-[^-]*$", "");
    }
    return "edit/" + (words.isEmpty() ? "change" : words);
  }

  private static String freeName(Repository repository, String name) throws IOException {
    String free = name;
    for (int n = 2; repository.findRef("refs/heads/" + free) != null; n++) {
      free = name + "-" + n;
    }
    return free;
  }

  private static List<String> changed(Status status) {
    TreeSet<String> files = new TreeSet<>();
    files.addAll(status.getModified());
    files.addAll(status.getChanged());
    files.addAll(status.getAdded());
    files.addAll(status.getUntracked());
    files.addAll(status.getMissing());
    files.addAll(status.getRemoved());
    return List.copyOf(files);
  }

  private static Repository open(Path repo) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder();
    builder.readEnvironment().findGitDir(repo.toAbsolutePath().normalize().toFile());
    if (builder.getGitDir() == null) {
      throw new GitException(
          GitException.Reason.NO_REPOSITORY,
          "no git repository holds " + repo + ", so the changes cannot be committed",
          "run pmo serve inside a clone of the programme's repository");
    }
    return builder.build();
  }

  /** The repository's path to {@code repo}'s folder, ending in '/', or "" at its root. */
  private static String prefix(Repository repository, Path repo) {
    Path work = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    String prefix =
        work.relativize(repo.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return prefix.isEmpty() ? "" : prefix + "/";
  }

  private static GitException unreadable(Path repo, Exception e) {
    return new GitException(
        GitException.Reason.UNREADABLE,
        "the git repository holding " + repo + " cannot be used: " + e.getMessage(),
        "check the repository with 'git status'",
        e);
  }
}
