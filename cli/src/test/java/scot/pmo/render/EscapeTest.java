package scot.pmo.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

  private static final String TEXT = "a & b < c > d \"e\" 'f' \u0001\t\n\uFFFE \uD800 😀";

  @Test
  void htmlEscapesFiveCharactersAndKeepsTheRest() {
    assertThat(Escape.html(TEXT))
        .isEqualTo("a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39; \u0001\t\n\uFFFE \uD800 😀");
  }

  @Test
  void xmlEscapesFiveCharactersAndDropsWhatXmlCannotHold() {
    assertThat(Escape.xml(TEXT))
        .isEqualTo("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; \t\n  😀");
    assertThat(Escape.xmlChars(TEXT)).isEqualTo("a & b < c > d \"e\" 'f' \t\n  😀");
  }
}
