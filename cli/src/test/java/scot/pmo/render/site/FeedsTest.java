package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The feed's text is XML 1.0 whatever git gives it. */
class FeedsTest {

  @Test
  void markupIsEscapedAndCharactersXmlCannotHoldAreLeftOut() {
    assertThat(Feeds.xml("Fife & Angus <b>'x'</b> \"y\""))
        .isEqualTo("Fife &amp; Angus &lt;b&gt;&apos;x&apos;&lt;/b&gt; &quot;y&quot;");
    assertThat(Feeds.xml("a bell\u0007, an escape\u001b[0m and a tab\tstay readable"))
        .isEqualTo("a bell, an escape[0m and a tab\tstay readable");
  }
}
