package scot.pmo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceMap;

class SourceDigestsTest {

  /** A synthetic entity at {@code path}. */
  private static Entity entity(String path, String summary, String body) {
    return new Entity(
        Kind.PROJECT,
        "synthetic",
        path,
        JsonNodeFactory.instance.objectNode().put("title", "Synthetic").put("summary", summary),
        new SourceMap(path),
        body,
        5);
  }

  @Test
  void theSameEntityIsDigestedOnce() {
    Entity entity = entity("content/projects/synthetic-once.md", "One", "Body.");
    assertThat(SourceDigests.of(entity)).isSameAs(SourceDigests.of(entity));
  }

  @Test
  void anEntityReadAgainFromAChangedFileIsDigestedAfresh() {
    String path = "content/projects/synthetic-changed.md";
    Entity before = entity(path, "One", "Body.");
    byte[] first = SourceDigests.of(before).clone();
    Entity after = entity(path, "Two", "Body.");
    assertThat(SourceDigests.of(after)).isNotEqualTo(first);
    Entity body = entity(path, "Two", "Another body.");
    assertThat(SourceDigests.of(body)).isNotEqualTo(SourceDigests.of(after));
    // The entity before the change, asked for again (another repository by the same path, or a
    // build that still holds it), is digested as it is, not given the latest digest of its path.
    assertThat(SourceDigests.of(before)).isEqualTo(first);
  }

  @Test
  void equalEntitiesHaveEqualDigests() {
    String path = "content/projects/synthetic-equal.md";
    assertThat(SourceDigests.of(entity(path, "Same", "Body.")))
        .isEqualTo(SourceDigests.of(entity(path, "Same", "Body.")));
  }
}
