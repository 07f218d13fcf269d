package scot.pmo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real git repository in a test's temporary folder, driven through the git command line, with
 * commit dates and authors fixed so that every run makes the same commits.
 */
public final class GitScratch {

  private final Path dir;

  private GitScratch(Path dir) {
    this.dir = dir;
  }

  /** A new repository on branch {@code main} in {@code dir}. */
  public static GitScratch init(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GitScratch repo = new GitScratch(dir);
    repo.git("init", "-q", "-b", "main");
    repo.git("config", "commit.gpgsign", "false");
    repo.git("config", "core.autocrlf", "false");
    return repo;
  }

  /** An existing folder, to run git in. */
  public static GitScratch at(Path dir) {
    return new GitScratch(dir);
  }

  public Path dir() {
    return dir;
  }

  /** Writes a file (creating its folders), relative to the repository root. */
  public GitScratch write(String path, String text) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Replaces the first occurrence of {@code from} in a file; fails if it is not there. */
  public GitScratch edit(String path, String from, String to) {
    try {
      Path file = dir.resolve(path);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (!text.contains(from)) {
        throw new IllegalArgumentException(path + " does not contain " + from);
      }
      Files.writeString(
          file,
          text.replaceFirst(
              java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Stages everything and commits it as {@code author} at {@code when} (ISO 8601 with offset). */
  public String commit(String message, String author, String when) {
    git("add", "-A");
    gitAs(author, when, "commit", "-q", "--allow-empty", "-m", message);
    return git("rev-parse", "HEAD").trim();
  }

  /** Runs a git command as {@code author} at {@code when}; for merges and the like. */
  public String gitAs(String author, String when, String... args) {
    String email = author.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.test";
    return run(
        Map.of(
            "GIT_AUTHOR_NAME",
            author,
            "GIT_AUTHOR_EMAIL",
            email,
            "GIT_COMMITTER_NAME",
            author,
            "GIT_COMMITTER_EMAIL",
            email,
            "GIT_AUTHOR_DATE",
            when,
            "GIT_COMMITTER_DATE",
            when),
        args);
  }

  /** Runs git in the repository and returns its standard output; fails on a non-zero exit. */
  public String git(String... args) {
    return run(Map.of(), args);
  }

  private String run(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    // Keep the test's git away from the user's configuration and from a hook's GIT_DIR.
    pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    try {
      Process process = pb.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = process.waitFor();
      if (code != 0) {
        throw new IllegalStateException(
            "git " + String.join(" ", args) + " failed (" + code + "):\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
