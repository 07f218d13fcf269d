package scot.pmo.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.load.LoadLimits;
import scot.pmo.workflow.BriefWorkflow;
import scot.pmo.workflow.WorkflowContext;

class GitRepositoryTest {

  @TempDir Path repo;

  private RevCommit commitAt(Instant when) throws Exception {
    Files.createDirectories(repo.resolve("content"));
    Files.writeString(repo.resolve("content/a.txt"), "one");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Test", "test@example.org", when, java.time.ZoneOffset.UTC);
      return git.commit().setMessage("test").setAuthor(who).setCommitter(who).setSign(false).call();
    }
  }

  @Test
  void readsHeadAndWhetherContentIsCommitted() throws Exception {
    Instant when = Instant.parse("2024-02-08T10:15:30Z");
    RevCommit commit = commitAt(when);
    Optional<Commit> head = GitRepository.head(repo, List.of("content"));
    assertThat(head).isPresent();
    assertThat(head.get().id()).isEqualTo(commit.getName());
    assertThat(head.get().shortId()).hasSize(12);
    assertThat(head.get().time()).isEqualTo(when);
    assertThat(head.get().clean()).isTrue();

    var provenance = new BriefWorkflow(new WorkflowContext(repo, LoadLimits.DEFAULT)).provenance();
    assertThat(provenance.generatedOn()).isEqualTo("8 February 2024");
    assertThat(provenance.commit()).isEqualTo(commit.getName());
    assertThat(provenance.uncommitted()).isFalse();
    assertThat(provenance.timestamp()).isEqualTo("2024-02-08T10:15:30Z");

    Files.writeString(repo.resolve("content/a.txt"), "changed");
    assertThat(GitRepository.head(repo, List.of("content")).orElseThrow().clean()).isFalse();
    assertThat(
            new BriefWorkflow(new WorkflowContext(repo, LoadLimits.DEFAULT))
                .provenance()
                .uncommitted())
        .isTrue();
  }

  @Test
  void noRepositoryMeansNoCommit(@TempDir Path plain) {
    assertThat(GitRepository.head(plain, List.of("content"))).isEmpty();
    assertThat(
            new BriefWorkflow(new WorkflowContext(plain, LoadLimits.DEFAULT)).provenance().commit())
        .isEmpty();
  }
}
