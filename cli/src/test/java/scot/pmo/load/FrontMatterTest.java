package scot.pmo.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void textWithoutAnOpeningFenceHasNoFrontMatter() {
    FrontMatter split = FrontMatter.split("title: x\n\nSome text.\n");

    assertThat(split.yaml()).isNull();
    assertThat(split.unclosed()).isFalse();
    assertThat(split.body()).isEqualTo("title: x\n\nSome text.\n");
    assertThat(split.bodyLine()).isEqualTo(1);
  }

  @Test
  void fenceThatIsNotOnTheFirstLineIsNotFrontMatter() {
    FrontMatter split = FrontMatter.split("\n---\ntitle: x\n---\n");

    assertThat(split.yaml()).isNull();
    assertThat(split.unclosed()).isFalse();
  }

  @Test
  void splitsFrontMatterFromBodyAndCountsLines() {
    FrontMatter split =
        FrontMatter.split("---\ntitle: x\nstatus: open\n---\n## Heading\n\nText.\n");

    assertThat(split.yaml()).isEqualTo("title: x\nstatus: open\n");
    assertThat(split.yamlLine()).isEqualTo(2);
    assertThat(split.body()).isEqualTo("## Heading\n\nText.\n");
    assertThat(split.bodyLine()).isEqualTo(5);
    assertThat(split.unclosed()).isFalse();
  }

  @Test
  void threeDotsCloseTheFrontMatterToo() {
    FrontMatter split = FrontMatter.split("---\ntitle: x\n...\nBody\n");

    assertThat(split.yaml()).isEqualTo("title: x\n");
    assertThat(split.body()).isEqualTo("Body\n");
    assertThat(split.bodyLine()).isEqualTo(4);
  }

  @Test
  void closingFenceMayHaveTrailingSpaces() {
    FrontMatter split = FrontMatter.split("---\ntitle: x\n---  \nBody\n");

    assertThat(split.yaml()).isEqualTo("title: x\n");
    assertThat(split.body()).isEqualTo("Body\n");
  }

  @Test
  void openingFenceMayHaveTrailingSpaces() {
    FrontMatter split = FrontMatter.split("--- \t\ntitle: x\n---\nBody\n");

    assertThat(split.yaml()).isEqualTo("title: x\n");
    assertThat(split.yamlLine()).isEqualTo(2);
    assertThat(split.bodyLine()).isEqualTo(4);
  }

  @Test
  void closingFenceAtTheEndOfTheFileLeavesAnEmptyBody() {
    FrontMatter split = FrontMatter.split("---\ntitle: x\n---");

    assertThat(split.yaml()).isEqualTo("title: x\n");
    assertThat(split.body()).isEmpty();
    assertThat(split.bodyLine()).isEqualTo(4);
  }

  @Test
  void emptyFrontMatterIsFrontMatter() {
    FrontMatter split = FrontMatter.split("---\n---\nBody\n");

    assertThat(split.yaml()).isEmpty();
    assertThat(split.bodyLine()).isEqualTo(3);
  }

  @Test
  void openingFenceWithoutAClosingOneIsUnclosed() {
    FrontMatter split = FrontMatter.split("---\ntitle: x\n\nSome text.\n");

    assertThat(split.yaml()).isNull();
    assertThat(split.unclosed()).isTrue();
  }

  @Test
  void horizontalRuleInTheBodyIsNotAFence() {
    FrontMatter split = FrontMatter.split("---\ntitle: x\n---\nAbove\n\n---\n\nBelow\n");

    assertThat(split.yaml()).isEqualTo("title: x\n");
    assertThat(split.body()).isEqualTo("Above\n\n---\n\nBelow\n");
  }

  @Test
  void aSecondFenceStraightAfterTheFirstClosesTheFrontMatterEarly() {
    FrontMatter split = FrontMatter.split("---\n---\ntitle: x\nteam:\n  - role: y\n---\nBody\n");

    assertThat(split.earlyClose()).contains(new FrontMatter.EarlyClose(2, 6));
  }

  @Test
  void aFenceAmongTheFieldsClosesTheFrontMatterEarly() {
    FrontMatter split = FrontMatter.split("---\ntitle: x\n---\nstatus: active\n---\nBody\n");

    assertThat(split.earlyClose()).contains(new FrontMatter.EarlyClose(3, 5));
  }

  @Test
  void aRuleAfterProseIsNoEarlyClose() {
    assertThat(FrontMatter.split("---\ntitle: x\n---\n## Background\n\n---\n").earlyClose())
        .isEmpty();
    assertThat(FrontMatter.split("---\ntitle: x\n---\nNote: read this\n---\n").earlyClose())
        .isEmpty();
    assertThat(FrontMatter.split("---\ntitle: x\n---\nstatus: active\n\nText\n").earlyClose())
        .isEmpty();
  }
}
