package scot.pmo.workflow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.pmo.load.LoadLimits;
import scot.pmo.run.Invocation;

/**
 * The programme as the last command of a daemon loaded and validated it, for the next command to
 * start from: after an edit of one file, a build need not read and check the other 9,999 again. The
 * next command scans the repository's files' sizes and times ({@link RepoStamps}); when only files
 * of content/ were edited in place, and few, it checks those alone against the rest, as the preview
 * does after a save ({@link Snapshot#afterEditOf}), and otherwise loads everything. A process that
 * runs one command keeps nothing.
 */
final class ContentMemory {

  /** More edits than this are read with everything else: checking each alone gains nothing. */
  private static final int MOST_EDITS = 20;

  /** What a snapshot was made with, beyond its files, that its checks depend on. */
  private record Key(Path repo, LoadLimits limits, LocalDate today, boolean strict) {}

  private record Kept(Key key, Snapshot snapshot, RepoStamps files) {}

  private static Kept kept;

  private ContentMemory() {}

  /** The content of {@code context}'s repository, loaded and validated, or brought up to date. */
  static Snapshot load(WorkflowContext context) {
    if (!Invocation.current().inDaemon() || context.asOf().isPresent()) {
      return Snapshot.load(context, context.repo(), true);
    }
    Key key =
        new Key(
            context.repo().toAbsolutePath().normalize(),
            context.limits(),
            context.today(),
            context.strict());
    Optional<RepoStamps> now = RepoStamps.of(context.repo()); // before any file is read
    Kept before;
    synchronized (ContentMemory.class) {
      before = kept;
      kept = null;
    }
    Snapshot snapshot = null;
    if (before != null && before.key().equals(key) && now.isPresent()) {
      Optional<List<String>> edited = before.files().contentEditsTo(now.get(), MOST_EDITS);
      if (edited.isPresent()) {
        context
            .trace()
            .accept(
                "content: as the last command read it, "
                    + edited.get().size()
                    + (edited.get().size() == 1 ? " file" : " files")
                    + " read and checked again");
        snapshot = before.snapshot().in(context);
        for (String path : edited.get()) {
          snapshot = snapshot.afterEditOf(path);
        }
        snapshot = snapshot.in(context);
      }
    }
    if (snapshot == null) {
      snapshot = Snapshot.load(context, context.repo(), true);
    }
    if (now.isPresent()) {
      synchronized (ContentMemory.class) {
        kept = new Kept(key, snapshot, now.get());
      }
    }
    return snapshot;
  }
}
