package scot.pmo.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * What the tool asks of git, through JGit, which stays inside this package: the commit the working
 * tree is at. No repository, a shallow clone or an unreadable one all give "no commit": papers and
 * pages then say less, and never fail for it.
 */
public final class GitRepository {

  private GitRepository() {}

  /**
   * The commit at HEAD of the repository holding {@code dir}, and whether {@code paths} (folders
   * relative to {@code dir}, e.g. {@code content}) have no uncommitted changes; empty when there is
   * no usable repository.
   */
  public static Optional<Commit> head(Path dir, List<String> paths) {
    Path root = dir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder();
    try {
      builder.readEnvironment().findGitDir(root.toFile()).setMustExist(true);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repository = builder.build()) {
      if (repository.isBare() || !repository.getObjectDatabase().getShallowCommits().isEmpty()) {
        return Optional.empty();
      }
      ObjectId headId = repository.resolve(Constants.HEAD);
      if (headId == null) {
        return Optional.empty();
      }
      RevCommit commit;
      try (RevWalk walk = new RevWalk(repository)) {
        commit = walk.parseCommit(headId);
      }
      Path work = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      String prefix = work.relativize(root).toString().replace('\\', '/');
      boolean clean;
      try (Git git = new Git(repository)) {
        StatusCommand status = git.status();
        for (String path : paths) {
          status.addPath(prefix.isEmpty() ? path : prefix + "/" + path);
        }
        clean = status.call().isClean();
      }
      return Optional.of(
          new Commit(commit.getName(), Instant.ofEpochSecond(commit.getCommitTime()), clean));
    } catch (IOException | GitAPIException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
