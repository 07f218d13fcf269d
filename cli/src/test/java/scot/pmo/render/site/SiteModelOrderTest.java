package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceMap;

/** Moving one edited entity within a list in title order, instead of sorting the list again. */
class SiteModelOrderTest {

  private static Entity study(String id, String title) {
    String path = "content/case-studies/" + id + ".md";
    return new Entity(
        Kind.CASE_STUDY,
        id,
        path,
        JsonNodeFactory.instance.objectNode().put("title", title),
        new SourceMap(path),
        "",
        1);
  }

  private static List<Entity> sorted(List<Entity> list) {
    List<Entity> copy = new ArrayList<>(list);
    copy.sort(SiteModel.TITLE_ORDER);
    return copy;
  }

  @Test
  void aRenamedEntityLandsWhereAFullSortPutsIt() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<Entity> all = new ArrayList<>();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        // Few distinct titles, in both cases, so that many share a title and the id decides.
        all.add(study("s" + i, (random.nextBoolean() ? "Study " : "study ") + random.nextInt(8)));
      }
      List<Entity> was = sorted(all);
      Entity before = all.get(random.nextInt(n));
      Entity after = study(before.id(), "Study " + random.nextInt(10));
      List<Entity> now = new ArrayList<>(all);
      now.set(all.indexOf(before), after);

      assertThat(SiteModel.replaceInOrder(was, before, after))
          .as("round %d", round)
          .containsExactlyElementsOf(sorted(now));
    }
  }

  @Test
  void givesUpWhereOnlyAFullSortCanDecide() {
    Entity a = study("a", "Alpha");
    Entity b = study("b", "Beta");
    List<Entity> list = List.of(a, b);

    assertThat(SiteModel.replaceInOrder(list, study("c", "Gamma"), study("c", "Gamma 2")))
        .as("the entity is not in the list")
        .isNull();
    assertThat(SiteModel.replaceInOrder(list, a, study("b", "Beta")))
        .as("a second entity with the same title and id")
        .isNull();
  }
}
