package scot.pmo.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceRefTest {

  @Test
  void printsPathLineAndColumnWhenKnown() {
    assertThat(new SourceRef("content/a.md", 3, 7)).hasToString("content/a.md:3:7");
    assertThat(new SourceRef("content/a.md", 3, 0)).hasToString("content/a.md:3");
    assertThat(SourceRef.file("content/a.md")).hasToString("content/a.md");
  }

  @Test
  void backslashesBecomeForwardSlashes() {
    assertThat(new SourceRef("content\\projects\\a.md", 1, 1).path())
        .isEqualTo("content/projects/a.md");
  }
}
