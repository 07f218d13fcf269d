package scot.pmo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.pmo.model.DependencyCycles.Arc;

class DependencyCyclesTest {

  @Test
  void noCircleWithoutAWayBack() {
    assertThat(DependencyCycles.find(List.of(new Arc("a", "b"), new Arc("b", "c")))).isEmpty();
  }

  @Test
  void aPartyThatDependsOnItselfIsNoCircle() {
    assertThat(DependencyCycles.find(List.of(new Arc("a", "a")))).isEmpty();
  }

  @Test
  void oneShortestCirclePerGroupFromItsFirstMember() {
    List<Arc> arcs =
        List.of(
            new Arc("gamma", "alpha"),
            new Arc("alpha", "beta"),
            new Arc("beta", "gamma"),
            new Arc("beta", "alpha"),
            new Arc("x", "y"),
            new Arc("y", "x"),
            new Arc("alpha", "x"));
    assertThat(DependencyCycles.find(arcs))
        .containsExactly(List.of("alpha", "beta"), List.of("x", "y"));
  }

  @Test
  void ofTwoCirclesAsShortTheAlphabeticallyFirstIsTaken() {
    List<Arc> arcs =
        List.of(new Arc("a", "c"), new Arc("c", "a"), new Arc("a", "b"), new Arc("b", "a"));
    assertThat(DependencyCycles.find(arcs)).containsExactly(List.of("a", "b"));
  }
}
