package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The working view's pages on the sample with the synthetic RAID content, as of 2024-03-14. */
class WorkingViewSiteTest {

  private static Document parse(Path site, String page) throws IOException {
    return Jsoup.parse(site.resolve(page).toFile(), "UTF-8", "");
  }

  @Test
  void builds() throws IOException {
    Path site = WorkingSite.folder();
    for (String page : WorkingSite.NEW_PAGES) {
      assertThat(site.resolve(page)).as(page).isRegularFile();
    }
  }
}
