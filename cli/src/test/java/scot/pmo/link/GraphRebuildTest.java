package scot.pmo.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.bench.SyntheticProgramme;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;

/** Rebuilding the graph after one file changed gives the graph a full build would. */
class GraphRebuildTest {

  @TempDir Path repo;

  @Test
  void takingOverTheOtherFilesEdgesGivesTheSameGraphWhenTheTextAndTitleChange() throws Exception {
    SyntheticProgramme.generate(150, 9, repo);
    ContentLoader loader = new ContentLoader(repo, LoadLimits.DEFAULT);
    Catalogue before = new Catalogue(loader.load().entities());
    ProgrammeGraph graph = GraphBuilder.build(before);
    for (String path :
        List.of(
            "content/case-studies/synthetic-case-study-2.md",
            "content/interdependencies/synthetic-interdependency-1.md",
            "content/projects/synthetic-project-2.md")) {
      Path file = repo.resolve(path);
      Files.writeString(
          file,
          Files.readString(file)
                  .replace("synthetic-project-1", "synthetic-project-3")
                  .replaceFirst("(?m)^title: \"", "title: \"Renamed ")
              + "\nSee [the first project](../projects/synthetic-project-1.md)"
              + " and [a theme](../case-studies/synthetic-case-study-1.md).\n");
      Entity changed = loader.loadFile(file).entities().get(0);
      List<Entity> entities =
          before.all().stream().map(e -> e.path().equals(path) ? changed : e).toList();
      Catalogue after = new Catalogue(entities, before);
      ProgrammeGraph rebuilt = GraphBuilder.rebuild(graph, after, changed);
      ProgrammeGraph full = GraphBuilder.build(new Catalogue(entities));
      assertThat(changed.title()).startsWith("Renamed ");
      assertThat(rebuilt.edges()).as(path).isEqualTo(full.edges());
      assertThat(List.copyOf(rebuilt.nodes())).as(path).isEqualTo(List.copyOf(full.nodes()));
      assertThat(rebuilt.dependencies()).as(path).isEqualTo(full.dependencies());
      for (GraphNode node : full.nodes()) {
        assertThat(rebuilt.incoming(node.id()))
            .as(path + " into " + node.id())
            .isEqualTo(full.incoming(node.id()));
        assertThat(rebuilt.outgoing(node.id()))
            .as(path + " from " + node.id())
            .isEqualTo(full.outgoing(node.id()));
      }
      before = after;
      graph = rebuilt;
    }
  }
}
