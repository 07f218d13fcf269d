package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.link.GraphBuilder;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.template.Templates;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * A site built with the bodies' HTML kept from the build before is the same bytes as one built
 * afresh, even where an unchanged body's link now leads nowhere.
 */
class KeptBodiesTest {

  /**
   * The sample site built, then built again with the bodies kept after the meeting that a
   * reference's body links to is deleted: the reference is the same entity, but its link now leads
   * nowhere, and the site is the same bytes as one built afresh.
   */
  @Test
  void aSiteBuiltWithKeptBodiesIsTheSameAsOneBuiltAfresh(@TempDir Path tmp) throws IOException {
    WorkflowContext context = new WorkflowContext(SampleSite.REPO, LoadLimits.DEFAULT);
    Snapshot snapshot = Snapshot.load(context);
    Catalogue whole = snapshot.catalogue();
    String meeting = "content/meetings/chief-executive-workshop-2021.md";
    String reference = "references/programme-proposal-2021.html";
    List<Entity> fewer = new ArrayList<>(whole.all());
    assertThat(fewer.removeIf(e -> e.path().equals(meeting))).isTrue();
    Catalogue without = new Catalogue(fewer);

    KeptRenderings<String> kept = KeptRenderings.keeping();
    build(context, whole, kept, tmp.resolve("first"));
    assertThat(Files.readString(tmp.resolve("first").resolve(reference)))
        .contains("meetings/chief-executive-workshop-2021.html");
    KeptRenderings<String> next = kept.next();
    build(context, without, next, tmp.resolve("kept"));
    build(context, without, KeptRenderings.none(), tmp.resolve("afresh"));

    assertThat(next.reused()).isGreaterThan(10);
    assertThat(Files.readString(tmp.resolve("kept").resolve(reference)))
        .doesNotContain("chief-executive-workshop-2021.html")
        .contains("Chief Executive / Chief Officer workshop");
    Map<String, String> afresh = contents(tmp.resolve("afresh"));
    assertThat(contents(tmp.resolve("kept"))).isEqualTo(afresh);
  }

  private static void build(
      WorkflowContext context, Catalogue catalogue, KeptRenderings<String> bodies, Path out)
      throws IOException {
    Files.createDirectories(out);
    new SiteBuilder(context.repo(), new Templates(context.repo()), context.markdown())
        .keepingBodies(bodies)
        .build(catalogue, GraphBuilder.build(catalogue), SiteOptions.defaults(), out);
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String file : SampleSite.files(root)) {
      out.put(file, Files.readString(root.resolve(file)));
    }
    return out;
  }
}
