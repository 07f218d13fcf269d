package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import scot.pmo.Fixtures;

/**
 * The built site in a real browser, as a reader uses it: headless Chromium (Debian's chromium and
 * chromium-driver) on the site served from 127.0.0.1. Skipped, not failed, where Chromium is not
 * installed; CI installs it.
 */
class SiteBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /** Held so that the quietened logger is not collected and reset. */
  private static final java.util.logging.Logger SELENIUM =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  private static HttpServer server;
  private static ChromeDriver browser;
  private static String base;
  private static Path site;

  /** A second site, with a wide Markdown table, served under {@link #TABLE_SITE}. */
  private static volatile Path tableSite;

  private static final String TABLE_SITE = "/table-site/";

  /** The sample site with the map drawn by the SVG renderer, served under {@link #MAP_SITE}. */
  private static volatile Path mapSite;

  private static final String MAP_SITE = "/map-site/";

  /** The sample with the synthetic working view, as of 2024-03-14, under {@link #WORKING_SITE}. */
  private static volatile Path workingSite;

  private static final String WORKING_SITE = "/working-site/";

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    site = SampleSite.folder();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path =
              URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
          Path root = site;
          if (path.startsWith(TABLE_SITE) && tableSite != null) {
            root = tableSite;
            path = path.substring(TABLE_SITE.length() - 1);
          } else if (path.startsWith(MAP_SITE) && mapSite != null) {
            root = mapSite;
            path = path.substring(MAP_SITE.length() - 1);
          } else if (path.startsWith(WORKING_SITE) && workingSite != null) {
            root = workingSite;
            path = path.substring(WORKING_SITE.length() - 1);
          }
          Path file = root.resolve(path.substring(1)).normalize();
          if (path.endsWith("/")) {
            file = file.resolve("index.html");
          }
          boolean found = file.startsWith(root) && Files.isRegularFile(file);
          byte[] body = Files.readAllBytes(found ? file : site.resolve("404.html"));
          exchange
              .getResponseHeaders()
              .set("Content-Type", type(found ? file : site.resolve("404.html")));
          exchange.sendResponseHeaders(found ? 200 : 404, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    // Selenium warns that it has no DevTools binding for this Chromium; the tests need none.
    SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,1000");
    browser = new ChromeDriver(options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".html")
        ? "text/html; charset=utf-8"
        : name.endsWith(".css")
            ? "text/css; charset=utf-8"
            : name.endsWith(".js")
                ? "text/javascript; charset=utf-8"
                : name.endsWith(".ics")
                    ? "text/calendar; charset=utf-8"
                    : name.endsWith(".xml")
                        ? "application/xml"
                        : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
  }

  private static void open(String page) {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(base + page);
  }

  private static String h1() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @Test
  void fromHomeToAProjectToItsSponsorAndBack() {
    open("index.html");
    browser.findElement(By.linkText("Active Communities")).click();
    assertThat(h1()).isEqualTo("Active Communities");
    WebElement sponsorRow =
        browser.findElement(
            By.xpath(
                "//section[@aria-labelledby='team']//tr[th[normalize-space()='Chief Executive Sponsor']]"));
    sponsorRow.findElement(By.cssSelector("td a")).click();
    assertThat(h1()).isEqualTo("Monica Patterson");
    assertThat(browser.findElement(By.id("main-content")).getText())
        .contains("Chief Executive Sponsor of");
    browser.navigate().back();
    assertThat(h1()).isEqualTo("Active Communities");
  }

  @Test
  void searchForAWordAndFollowAResult() {
    open("index.html");
    WebElement box = browser.findElement(By.id("site-search-q"));
    box.sendKeys("helsingborg");
    box.submit();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-results__item a")));
    List<String> results =
        browser.findElements(By.cssSelector(".search-results__item a")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(results).contains("Helsingborg 22");
    browser.findElement(By.linkText("Helsingborg 22")).click();
    assertThat(h1()).isEqualTo("Helsingborg 22");

    open("search.html");
    WebElement input = browser.findElement(By.id("search-q"));
    input.sendKeys("crerar");
    input.submit();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-results__item a")));
    assertThat(
            browser.findElements(By.cssSelector(".search-results__item a")).stream()
                .map(WebElement::getText)
                .toList())
        .contains("Crerar Implementation");
  }

  @Test
  void aCaseStudyFilterShowsOnlyItsCaseStudies() {
    open("case-studies/index.html");
    List<WebElement> cards = browser.findElements(By.cssSelector("[data-studies] > li"));
    int all = cards.size();
    browser
        .findElement(By.cssSelector("a[data-facet='theme'][data-value='place-based-working']"))
        .click();
    List<WebElement> shown =
        browser.findElements(By.cssSelector("[data-studies] > li")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertThat(shown).isNotEmpty().hasSizeLessThan(all);
    assertThat(shown)
        .allSatisfy(c -> assertThat(c.getAttribute("data-theme")).contains("place-based-working"));
    assertThat(browser.findElement(By.id("library-count")).getText())
        .startsWith(shown.size() + " case stud");
    browser.findElement(By.cssSelector("a[data-filter-all]")).click();
    assertThat(
            browser.findElements(By.cssSelector("[data-studies] > li")).stream()
                .filter(WebElement::isDisplayed)
                .count())
        .isEqualTo(all);

    // The pre-rendered page of the same filter, as a reader without JavaScript gets it.
    open("case-studies/theme/place-based-working.html");
    assertThat(h1()).isEqualTo("Case studies: Place based working");
    assertThat(browser.findElements(By.cssSelector("[data-studies] > li"))).hasSize(shown.size());
  }

  @Test
  void everythingCanBeReadWithJavaScriptTurnedOff() {
    browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      open("case-studies/index.html");
      browser
          .findElement(By.cssSelector("a[data-facet='council'][data-value='fife-council']"))
          .click();
      assertThat(browser.getCurrentUrl()).endsWith("case-studies/council/fife-council.html");
      assertThat(h1()).isEqualTo("Case studies: Fife Council");
      open("search.html?q=crerar");
      assertThat(browser.findElements(By.cssSelector(".search-results__item"))).isEmpty();
      assertThat(browser.findElement(By.tagName("main")).getText())
          .contains("Search needs JavaScript");
      browser.findElement(By.linkText("Crerar Implementation")).click();
      assertThat(h1()).isEqualTo("Crerar Implementation");
    } finally {
      browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void theRaidLogFiltersWorkWithJavaScriptTurnedOff() {
    workingSite = WorkingSite.folder();
    browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      open(WORKING_SITE.substring(1) + "raid/index.html");
      assertThat(browser.findElements(By.cssSelector("table.table--raid tbody tr"))).hasSize(7);
      browser
          .findElement(By.cssSelector("nav.filters a[href$='raid/status/escalated.html']"))
          .click();
      assertThat(browser.getCurrentUrl()).endsWith("raid/status/escalated.html");
      assertThat(h1()).isEqualTo("RAID log: Status – Escalated");
      List<WebElement> rows = browser.findElements(By.cssSelector("table.table--raid tbody tr"));
      assertThat(rows).hasSize(3);
      assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains("Escalated"));
      WebElement current =
          browser.findElement(By.cssSelector("nav.filters a[aria-current='page']"));
      assertThat(current.getText()).isEqualTo("Escalated (3)");
      assertThat(current.getCssValue("font-weight")).isEqualTo("700");
      browser
          .findElement(By.cssSelector("nav.filters a[href$='raid/owner/derek-crichton.html']"))
          .click();
      assertThat(h1()).isEqualTo("RAID log: Owner – Derek Crichton");
      assertThat(browser.findElement(By.id("raid-count")).getText())
          .isEqualTo("Showing 2 of 7 records (owner: Derek Crichton)");
    } finally {
      browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void theWorkingViewPassesAxeAt375And1280PixelsAndIsPhotographed() throws IOException {
    workingSite = WorkingSite.folder();
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    List<String> problems = new ArrayList<>();
    for (String page : WorkingSite.NEW_PAGES) {
      for (int width : List.of(375, 1280)) {
        browser.manage().window().setSize(new Dimension(width, 1000));
        browser.get(base + WORKING_SITE.substring(1) + page);
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        assertThat(results.getPasses()).as("axe ran on %s", page).isNotEmpty();
        assertThat(results.isErrored()).as("axe failed on %s", page).isFalse();
        for (Rule rule : results.getViolations()) {
          problems.add(
              page
                  + " at "
                  + width
                  + " px: "
                  + rule.getId()
                  + ": "
                  + rule.getHelp()
                  + " "
                  + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
        }
        Object wide =
            browser.executeScript(
                "var w = document.documentElement.clientWidth;"
                    + " return document.documentElement.scrollWidth > w"
                    + " ? 'the page scrolls sideways: ' + document.documentElement.scrollWidth : '';");
        assertThat(String.valueOf(wide)).as("%s at %d px", page, width).isEmpty();
      }
    }
    assertThat(problems).isEmpty();
    Map<String, String> pictures =
        Map.of(
            "working-raid-log", "raid/index.html",
            "working-milestone-chart", "timeline.html#milestone-chart",
            "working-actions", "actions.html",
            "working-project", "projects/active-communities.html");
    for (var picture : pictures.entrySet()) {
      for (int width : List.of(375, 1280)) {
        browser.manage().window().setSize(new Dimension(width, 1400));
        browser.get(base + WORKING_SITE.substring(1) + picture.getValue());
        Files.write(
            shots.resolve(picture.getKey() + "-" + width + ".png"),
            browser.getScreenshotAs(OutputType.BYTES));
      }
    }
    assertThat(shots.resolve("working-raid-log-1280.png")).exists();
  }

  @Test
  void theSiteWorksFromFileAddresses() {
    browser.get(site.resolve("index.html").toUri().toString());
    browser.findElement(By.linkText("Crerar Implementation")).click();
    assertThat(h1()).isEqualTo("Crerar Implementation");
    browser.findElement(By.linkText("Home")).click();
    assertThat(h1()).isEqualTo("Solace/IS Transformation Work");
    WebElement box = browser.findElement(By.id("site-search-q"));
    box.sendKeys("asset transfer");
    box.submit();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-results__item a")));
    browser.findElement(By.linkText("Active communities: asset transfer")).click();
    assertThat(h1()).isEqualTo("Active communities: asset transfer");
  }

  @Test
  void axeFindsNoWcagViolationOnAnyPageType() {
    List<String> pages =
        new ArrayList<>(
            List.of(
                "index.html",
                "search.html?q=community",
                "case-studies/index.html",
                "case-studies/theme/place-based-working.html",
                "interdependency-map.html",
                "escalation-register.html",
                "raid/index.html",
                "actions.html",
                "timeline.html",
                "briefing-papers.html",
                "changes.html",
                "accessibility.html",
                "404.html"));
    for (String folder :
        List.of(
            "programmes",
            "anchors",
            "workstreams",
            "projects",
            "roles",
            "people",
            "organisations",
            "meetings",
            "case-studies",
            "references",
            "interdependencies",
            "milestones",
            "texts")) {
      if (!folder.equals("case-studies")) {
        pages.add(folder + "/index.html");
      }
      SampleSite.files(site.resolve(folder)).stream()
          .filter(f -> f.endsWith(".html") && !f.contains("/") && !f.equals("index.html"))
          .findFirst()
          .ifPresent(f -> pages.add(folder + "/" + f));
    }
    pages.add("projects/active-communities.html");
    pages.add("programmes/solace-is-transformation.html");
    List<String> violations = new ArrayList<>();
    for (String page : pages) {
      for (int width : List.of(1280, 320)) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(base + page);
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        assertThat(results.getPasses()).as("axe ran on %s", page).isNotEmpty();
        assertThat(results.isErrored()).as("axe failed on %s", page).isFalse();
        for (Rule rule : results.getViolations()) {
          violations.add(
              page
                  + " at "
                  + width
                  + " px: "
                  + rule.getId()
                  + ": "
                  + rule.getHelp()
                  + " "
                  + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void aWideMarkdownTableScrollsInItsOwnBoxAndPassesAxe(@TempDir Path tmp) throws IOException {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    Path caseStudy = repo.resolve("content/case-studies/synthetic-case-study.md");
    String header = "| Measure | " + "Quarter ending in the month of | ".repeat(8) + "Total |\n";
    String delimiter = "|:--|" + ":-:|".repeat(8) + "--:|\n";
    String row = "| Waiting `days` | " + "12 | ".repeat(8) + "[96](https://example.org) |\n";
    Files.writeString(
        caseStudy,
        Files.readString(caseStudy) + "\n## Results\n\n" + header + delimiter + row + row);
    tableSite =
        SampleSite.build(
            repo, Path.of("target/table-site").toAbsolutePath(), SiteOptions.defaults());
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    List<String> problems = new ArrayList<>();
    for (int width : List.of(320, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      browser.get(base + TABLE_SITE.substring(1) + "case-studies/synthetic-case-study.html");
      Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
      assertThat(results.getPasses()).isNotEmpty();
      for (Rule rule : results.getViolations()) {
        problems.add(width + " px: " + rule.getId() + ": " + rule.getHelp());
      }
      Object layout =
          browser.executeScript(
              "var w = document.documentElement.clientWidth;"
                  + " var box = document.querySelector('.body .table-wrapper, .section .table-wrapper');"
                  + " var th = box.querySelector('thead th');"
                  + " return [document.documentElement.scrollWidth > w, box.scrollWidth > box.clientWidth,"
                  + "   getComputedStyle(th).fontWeight, getComputedStyle(th).borderBottomStyle,"
                  + "   getComputedStyle(box.querySelector('tbody td:last-child')).textAlign].join(' ');");
      assertThat(String.valueOf(layout))
          .as(
              "at %d px: page scrolls, table scrolls, header"
                  + " weight, header rule, last column's alignment",
              width)
          .isEqualTo(
              width == 320
                  ? "false true 700 solid right"
                  : "false " + layout.toString().split(" ")[1] + " 700 solid right");
      browser.executeScript("document.querySelector('.table-wrapper').scrollIntoView();");
      Files.write(
          shots.resolve("table-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void screenshotsAt320And1280PixelsForPeopleToLookAt() throws IOException {
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    Map<String, String> pages =
        Map.of(
            "home",
            "index.html",
            "project",
            "projects/active-communities.html",
            "library",
            "case-studies/index.html",
            "map",
            "interdependency-map.html",
            "timeline",
            "timeline.html",
            "search",
            "search.html?q=community");
    for (var page : pages.entrySet()) {
      for (int width : List.of(320, 1280)) {
        browser.manage().window().setSize(new Dimension(width, 1000));
        browser.get(base + page.getValue());
        Object wide =
            browser.executeScript(
                "var w = document.documentElement.clientWidth;"
                    + " var out = [];"
                    + " document.querySelectorAll('body *').forEach(function (e) {"
                    + "   var r = e.getBoundingClientRect();"
                    + "   if (r.right > w + 1 && !e.closest('.table-wrapper, .graph-picture')) {"
                    + "     out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                    + " if (document.documentElement.scrollWidth > w) {"
                    + "   out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth); }"
                    + " return out.slice(0, 5).join('; ');");
        assertThat(String.valueOf(wide))
            .as("%s at %d px: wider than the window", page.getKey(), width)
            .isEmpty();
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve(page.getKey() + "-" + width + ".png"), png);
      }
    }
    assertThat(shots.resolve("home-320.png")).exists();
  }

  @Test
  void theMapIsReadableScrollsInItsOwnBoxAndPassesAxe(@TempDir Path tmp) throws IOException {
    mapSite =
        SampleSite.build(
            tmp.resolve("map-site"),
            SiteOptions.defaults()
                .withPicture(
                    (selection, title, description) ->
                        Optional.of(
                            scot.pmo.render.graph.SvgGraphRenderer.render(
                                selection, title, description))));
    Path shots = Files.createDirectories(Path.of("target/screenshots"));
    List<String> problems = new ArrayList<>();
    for (int width : List.of(375, 1280)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      browser.get(base + MAP_SITE.substring(1) + "interdependency-map.html");
      Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
      assertThat(results.getPasses()).isNotEmpty();
      assertThat(results.isErrored()).isFalse();
      for (Rule rule : results.getViolations()) {
        problems.add(width + " px: " + rule.getId() + ": " + rule.getHelp());
      }
      // Every text of the map, as drawn: at least 12 CSS pixels tall.
      Object smallest =
          browser.executeScript(
              "var min = 1e9; document.querySelectorAll('.graph-picture svg text')"
                  + ".forEach(function (t) { var h = t.getBoundingClientRect().height;"
                  + " if (h > 0 && h < min) { min = h; } }); return min;");
      assertThat(((Number) smallest).doubleValue())
          .as("at %d px", width)
          .isGreaterThanOrEqualTo(12);
      WebElement region = browser.findElement(By.cssSelector(".graph-picture__scroll"));
      assertThat(region.getAttribute("role")).isEqualTo("region");
      assertThat(region.getAttribute("aria-label")).isNotBlank();
      assertThat(browser.findElement(By.linkText("View the map full size")).getAttribute("href"))
          .endsWith("interdependency-map.svg");
      // Tab reaches the map's region (after the links before it) and then the matrix's.
      browser.findElement(By.tagName("body")).click();
      boolean reached = false;
      for (int i = 0; i < 80 && !reached; i++) {
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        reached = browser.switchTo().activeElement().equals(region);
      }
      assertThat(reached).as("Tab reaches the map at %d px", width).isTrue();
      Files.write(
          shots.resolve("map-region-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
      // The matrix scrolls in its box, and its first column stays in view.
      Object matrix =
          browser.executeScript(
              "var box = document.querySelector('.table-wrapper--matrix');"
                  + " box.scrollIntoView(); box.scrollLeft = box.scrollWidth;"
                  + " var th = box.querySelector('tbody th'); var b = box.getBoundingClientRect();"
                  + " var r = th.getBoundingClientRect();"
                  + " var w = document.documentElement.clientWidth;"
                  + " return [box.scrollLeft > 0 || box.scrollWidth <= box.clientWidth,"
                  + "   Math.abs(r.left - b.left) < 2, r.right <= w,"
                  + "   document.documentElement.scrollWidth <= w,"
                  + "   getComputedStyle(th).backgroundColor].join(' ');");
      assertThat(String.valueOf(matrix))
          .as(
              "at %d px: scrolled, first column at the box's left, in the window, page narrow",
              width)
          .isEqualTo("true true true true rgb(255, 255, 255)");
      Files.write(
          shots.resolve("map-matrix-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
    assertThat(problems).isEmpty();
  }

  /**
   * pmo serve --edit on a copy of the sample, with the keyboard alone: the sponsor of a project
   * changed (a wrong person first, which the form says beside the field as it is typed), a case
   * study added (synthetic, made up here), both saved as a branch and committed; the commit holds
   * just those lines and validates; every edit page passes axe.
   */
  @Test
  void editsASponsorAndAddsACaseStudyThroughTheFormsAndCommitsThem(@TempDir Path tmp)
      throws Exception {
    Path repo = scot.pmo.testing.TestRepos.copy(tmp.resolve("repo"));
    scot.pmo.GitScratch git = scot.pmo.GitScratch.init(repo);
    git.git("config", "user.name", "Synthetic Editor");
    git.git("config", "user.email", "editor@example.org");
    git.git("add", "-A");
    git.git("commit", "-q", "-m", "Sample content");
    List<String> violations = new ArrayList<>();
    try (scot.pmo.workflow.PreviewWorkflow session =
        new scot.pmo.workflow.PreviewWorkflow(
            new scot.pmo.workflow.WorkflowContext(repo, scot.pmo.load.LoadLimits.DEFAULT),
            0,
            new java.io.PrintWriter(new java.io.StringWriter(), true),
            true)) {
      Thread watch = new Thread(session::watch, "test-edit-watch");
      watch.setDaemon(true);
      watch.start();
      String preview = "http://127.0.0.1:" + session.port() + "/";
      browser.manage().window().setSize(new Dimension(1280, 1000));
      browser.get(preview + "projects/active-communities.html");
      browser.findElement(By.linkText("Edit this page")).sendKeys(Keys.ENTER);
      waiting().until(ExpectedConditions.titleContains("Edit project: Active Communities"));

      WebElement sponsor = browser.findElement(By.id("f.team.0.person"));
      sponsor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "derek-crichton");
      WebElement error = browser.findElement(By.id("f.team.0.person-error"));
      waiting().until(ExpectedConditions.textToBePresentInElement(error, "cannot hold the role"));
      WebElement link = browser.findElement(By.cssSelector("#error-summary a"));
      assertThat(link.getAttribute("href")).endsWith("#f.team.0.person");
      axe("the project's form, with an error", violations);
      // the summary is written again after each check: the link of this moment
      browser.findElement(By.cssSelector("#error-summary a")).sendKeys(Keys.ENTER);
      assertThat(browser.switchTo().activeElement()).isEqualTo(sponsor);
      sponsor.sendKeys(Keys.chord(Keys.CONTROL, "a"), "angela-scott");
      waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("check-status"), "no problems"));
      assertThat(error.isDisplayed()).isFalse();
      sponsor.sendKeys(Keys.ENTER);
      saved("active-communities");

      browser.get(preview + "case-studies/index.html");
      browser.findElement(By.linkText("New case study")).sendKeys(Keys.ENTER);
      waiting().until(ExpectedConditions.titleContains("New case study"));
      axe("the new case study's form", violations);
      browser.findElement(By.id("f-id")).sendKeys("synthetic-edited-case-study");
      browser.findElement(By.id("f.title")).sendKeys("Synthetic test data: a case study");
      browser.findElement(By.id("f.summary")).sendKeys("Made up by a test of the edit forms.");
      browser.findElement(By.id("f.projects.0")).sendKeys("active-communities");
      browser.findElement(By.id("f.places.0")).sendKeys("Southvale");
      browser.findElement(By.cssSelector("#f\\.places .list__add")).sendKeys(Keys.ENTER);
      browser.switchTo().activeElement().sendKeys("Northshire");
      WebElement body = browser.findElement(By.id("f-body"));
      body.sendKeys("Synthetic test data. *Made up* for a test.");
      waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#body-preview em"), "Made up"));
      waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("check-status"), "no problems"));
      browser.findElement(By.id("f.title")).sendKeys(Keys.ENTER);
      saved("synthetic-edited-case-study");

      browser.get(preview + "__pmo/edit/changes");
      axe("the changes page", violations);
      assertThat(browser.findElement(By.cssSelector(".changes__diff")).getText())
          .contains("Active Communities");
      WebElement message = browser.findElement(By.id("message"));
      message.sendKeys("Angela Scott sponsors Active Communities; a synthetic case study");
      message.sendKeys(Keys.ENTER);
      waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Committed"));
    }
    assertThat(git.git("branch", "--show-current").strip())
        .isEqualTo("edit/angela-scott-sponsors-active-communities");
    assertThat(git.git("show", "--format=%an%n%s", "--stat").lines().map(String::strip).toList())
        .containsExactly(
            "Synthetic Editor",
            "Angela Scott sponsors Active Communities; a synthetic case study",
            "",
            "content/case-studies/synthetic-edited-case-study.md | 10 ++++++++++",
            "content/projects/active-communities.md              |  2 +-",
            "2 files changed, 11 insertions(+), 1 deletion(-)");
    assertThat(git.git("show", "--format=", "-U0", "--", "content/projects"))
        .contains("-    person: monica-patterson\n+    person: angela-scott\n");
    assertThat(
            Files.readString(repo.resolve("content/case-studies/synthetic-edited-case-study.md")))
        .isEqualTo(
            "---\ntitle: \"Synthetic test data: a case study\"\nsummary: \"Made up by a test of"
                + " the edit forms.\"\nplaces:\n  - Southvale\n  - Northshire\nprojects:\n"
                + "  - active-communities\n---\nSynthetic test data. *Made up* for a test.\n");
    assertThat(git.git("status", "--porcelain", "--", "content")).isEmpty();
    assertThat(scot.pmo.testing.TestRepos.validation(repo).diagnostics().hasErrors()).isFalse();
    assertThat(violations).isEmpty();
  }

  /** Waits for the page a save leads to, saying what the server answered if it is not. */
  private static void saved(String id) {
    try {
      waiting().until(ExpectedConditions.urlContains("saved=" + id));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "not saved: " + browser.findElement(By.tagName("body")).getText(), e);
    }
  }

  private static void axe(String what, List<String> violations) {
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
    assertThat(results.getPasses()).as("axe ran on %s", what).isNotEmpty();
    assertThat(results.isErrored()).as("axe failed on %s", what).isFalse();
    for (Rule rule : results.getViolations()) {
      violations.add(
          what
              + ": "
              + rule.getId()
              + ": "
              + rule.getHelp()
              + " "
              + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
    }
  }
}
