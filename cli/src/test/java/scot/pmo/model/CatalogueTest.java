package scot.pmo.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The values a catalogue derives from its entities, and keeps across a changed file. */
class CatalogueTest {

  private final AtomicInteger computed = new AtomicInteger();
  private final Catalogue.Key<String> upper =
      new Catalogue.Key<>(
          "upper body",
          (c, e) -> {
            computed.incrementAndGet();
            return e.body().toUpperCase(java.util.Locale.ROOT);
          });

  @Test
  void aValueIsComputedOncePerEntity() {
    Entity a = text("a", "alpha");
    Catalogue catalogue = new Catalogue(List.of(a, text("b", "beta")));

    assertThat(catalogue.derived(a, upper)).isEqualTo("ALPHA");
    assertThat(catalogue.derived(a, upper)).isEqualTo("ALPHA");
    assertThat(computed).hasValue(1);
  }

  @Test
  void aChangedEntityIsDerivedAgainAndTheOthersAreKept() {
    Entity a = text("a", "alpha");
    Entity b = text("b", "beta");
    Catalogue before = new Catalogue(List.of(a, b));
    String kept = before.derived(b, upper);
    before.derived(a, upper);

    Entity changed = text("a", "alpha, changed");
    Catalogue after = new Catalogue(List.of(changed, b), before);

    assertThat(after.derived(changed, upper)).isEqualTo("ALPHA, CHANGED");
    assertThat(after.derived(b, upper)).isSameAs(kept);
    assertThat(computed).as("b is not derived again").hasValue(3);
  }

  @Test
  void aNewCatalogueWithoutAPreviousOneDerivesAfresh() {
    Entity a = text("a", "alpha");
    new Catalogue(List.of(a)).derived(a, upper);
    new Catalogue(List.of(a)).derived(a, upper);
    assertThat(computed).hasValue(2);
  }

  @Test
  void keysWithTheSameNameAreStillTwoKeys() {
    Catalogue.Key<Integer> length = new Catalogue.Key<>("upper body", (c, e) -> e.body().length());
    Entity a = text("a", "alpha");
    Catalogue catalogue = new Catalogue(List.of(a));

    assertThat(catalogue.derived(a, upper)).isEqualTo("ALPHA");
    assertThat(catalogue.derived(a, length)).isEqualTo(5);
  }

  @Test
  void aValueMayBeDerivedFromAnotherKeysValue() {
    Catalogue.Key<String> twice =
        new Catalogue.Key<>("twice", (c, e) -> c.derived(e, upper) + c.derived(e, upper));
    Entity a = text("a", "alpha");
    Catalogue catalogue = new Catalogue(List.of(a));

    assertThat(catalogue.derived(a, twice)).isEqualTo("ALPHAALPHA");
    assertThat(computed).hasValue(1);
  }

  @Test
  void threadsAskingAtOnceAllGetTheValue() {
    List<Entity> entities = new ArrayList<>();
    IntStream.range(0, 200).forEach(i -> entities.add(text("e" + i, "body " + i)));
    Catalogue catalogue = new Catalogue(entities);
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();

    IntStream.range(0, 20_000)
        .parallel()
        .forEach(
            i -> {
              Entity e = entities.get(i % entities.size());
              if (!catalogue.derived(e, upper).equals("BODY " + (i % entities.size()))) {
                wrong.add(e.id());
              }
            });

    assertThat(wrong).isEmpty();
  }

  private static Entity text(String id, String body) {
    String path = "content/texts/" + id + ".md";
    SourceMap positions = new SourceMap(path);
    positions.putValue("", 2, 1);
    return new Entity(
        Kind.TEXT,
        id,
        path,
        JsonNodeFactory.instance.objectNode().put("title", "Synthetic " + id),
        positions,
        body,
        4);
  }
}
