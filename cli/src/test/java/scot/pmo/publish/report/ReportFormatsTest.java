package scot.pmo.publish.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import scot.pmo.Fixtures;
import scot.pmo.cli.CliRun;

/**
 * The machine-readable reports of one run with an error (an invalid status in alpha-project) and a
 * warning (a placeholder link in beta-project).
 */
class ReportFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALPHA = "content/projects/alpha-project.md";
  private static final String BETA = "content/projects/beta-project.md";

  @TempDir Path tmp;
  private Path repo;

  @BeforeEach
  void errorAndWarning() {
    repo = Fixtures.repo(tmp, "invalid-enum", "placeholder-link");
  }

  @Test
  void jsonHasASummaryAndEveryDiagnostic() throws IOException {
    CliRun run = validate("--format", "json");

    CliRun.assertThat(run).exitsWith(1).errIsEmpty();
    JsonNode root = JSON.readTree(run.out());
    JsonNode summary = root.path("summary");
    assertThat(summary.path("files").asInt()).isEqualTo(20);
    assertThat(summary.path("errors").asInt()).isEqualTo(1);
    assertThat(summary.path("warnings").asInt()).isEqualTo(1);
    assertThat(summary.path("strict").asBoolean()).isFalse();
    assertThat(summary.path("passed").asBoolean()).isFalse();
    JsonNode error = root.path("diagnostics").get(0);
    assertThat(error.path("severity").asText()).isEqualTo("error");
    assertThat(error.path("code").asText()).isEqualTo("invalid-value");
    assertThat(error.path("path").asText()).isEqualTo(ALPHA);
    assertThat(error.path("line").asInt()).isEqualTo(6);
    assertThat(error.path("column").asInt()).isEqualTo(9);
    assertThat(error.path("message").asText())
        .isEqualTo("'status' is 'actve', which is not one of its allowed values");
    assertThat(error.path("hint").asText()).startsWith("did you mean 'active'?");
    JsonNode warning = root.path("diagnostics").get(1);
    assertThat(warning.path("severity").asText()).isEqualTo("warning");
    assertThat(warning.path("path").asText()).isEqualTo(BETA);
    assertThat(root.path("diagnostics")).hasSize(2);
  }

  @Test
  void jsonPassesOnAWarningOnlyWithoutStrict() throws IOException {
    Path warningOnly = Fixtures.repo(tmp.resolve("warning-only"), "placeholder-link");

    CliRun lenient = CliRun.run("--repo", warningOnly.toString(), "validate", "-f", "json");
    CliRun strict =
        CliRun.run("--repo", warningOnly.toString(), "validate", "-f", "json", "--strict");

    CliRun.assertThat(lenient).exitsWith(0);
    assertThat(JSON.readTree(lenient.out()).path("summary").path("passed").asBoolean()).isTrue();
    CliRun.assertThat(strict).exitsWith(1);
    JsonNode summary = JSON.readTree(strict.out()).path("summary");
    assertThat(summary.path("passed").asBoolean()).isFalse();
    assertThat(summary.path("strict").asBoolean()).isTrue();
  }

  @Test
  void sarifHasVersionRulesAndResultsWithRegions() throws IOException {
    CliRun run = validate("--format", "sarif");

    CliRun.assertThat(run).exitsWith(1);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.path("version").asText()).isEqualTo("2.1.0");
    assertThat(root.path("$schema").asText()).contains("sarif");
    JsonNode sarifRun = root.path("runs").get(0);
    assertThat(sarifRun.path("tool").path("driver").path("name").asText()).isEqualTo("pmo");
    JsonNode rules = sarifRun.path("tool").path("driver").path("rules");
    assertThat(ids(rules)).containsExactly("invalid-value", "placeholder-link");
    JsonNode results = sarifRun.path("results");
    assertThat(results).hasSize(2);
    for (JsonNode result : results) {
      int index = result.path("ruleIndex").asInt();
      assertThat(rules.get(index).path("id").asText()).isEqualTo(result.path("ruleId").asText());
    }
    JsonNode error = results.get(0);
    assertThat(error.path("level").asText()).isEqualTo("error");
    assertThat(error.path("message").path("text").asText())
        .startsWith("'status' is 'actve'")
        .contains("Hint: did you mean 'active'?");
    JsonNode location = error.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo(ALPHA);
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(6);
    assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(9);
    JsonNode warning = results.get(1);
    assertThat(warning.path("level").asText()).isEqualTo("warning");
    assertThat(
            warning
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("region")
                .path("startLine")
                .asInt())
        .isEqualTo(15);
  }

  @Test
  void sarifBaseIdsAreAbsoluteOrLeftOpen() throws IOException {
    JsonNode root = JSON.readTree(validate("--format", "sarif").out());

    // SARIF 2.1.0, 3.14.14: an originalUriBaseIds entry without a uriBaseId of its own has an
    // absolute uri, or none (the consumer then supplies the base).
    JsonNode bases = root.path("runs").get(0).path("originalUriBaseIds");
    bases
        .fieldNames()
        .forEachRemaining(
            name -> {
              JsonNode uri = bases.path(name).path("uri");
              if (!uri.isMissingNode()) {
                assertThat(java.net.URI.create(uri.asText()).isAbsolute())
                    .as("uri of base id %s", name)
                    .isTrue();
              }
            });
  }

  @Test
  void sarifUnderStrictReportsTheWarningAsAnError() throws IOException {
    CliRun run = validate("--format", "sarif", "--strict");

    CliRun.assertThat(run).exitsWith(1);
    JsonNode results = JSON.readTree(run.out()).path("runs").get(0).path("results");
    assertThat(results.findValuesAsText("level")).containsExactly("error", "error");
  }

  @Test
  void junitHasOneTestCaseAFileAndAFailureForTheBadFile() throws Exception {
    CliRun run = validate("--format", "junit");

    CliRun.assertThat(run).exitsWith(1);
    Document xml = parse(run.out());
    Element suites = xml.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suites.getAttribute("tests")).isEqualTo("20");
    assertThat(suites.getAttribute("failures")).isEqualTo("1");
    Element alpha = testCase(xml, ALPHA);
    NodeList failures = alpha.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    Element failure = (Element) failures.item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("invalid-value");
    assertThat(failure.getAttribute("message")).contains("'status' is 'actve'");
    assertThat(failure.getTextContent())
        .contains(ALPHA + ":6:9: error[invalid-value]", "hint: did you mean 'active'?");
    Element beta = testCase(xml, BETA);
    assertThat(beta.getElementsByTagName("failure").getLength()).isZero();
    assertThat(beta.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("warning[placeholder-link]");
    Element clean = testCase(xml, "content/people/alex-example.yaml");
    assertThat(clean.getChildNodes().getLength()).isZero();
  }

  @Test
  void junitUnderStrictFailsTheFileWithTheWarning() throws Exception {
    CliRun run = validate("--format", "junit", "--strict");

    Document xml = parse(run.out());
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    assertThat(testCase(xml, BETA).getElementsByTagName("failure").getLength()).isEqualTo(1);
  }

  @Test
  void githubAnnotatesEachProblemWithFileLineAndColumn() {
    CliRun run = validate("--format", "github");

    CliRun.assertThat(run).exitsWith(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo(
            "::error file="
                + ALPHA
                + ",line=6,col=9,title=invalid-value"
                + "::'status' is 'actve', which is not one of its allowed values"
                + "%0Adid you mean 'active'? allowed: named, proposed, active, paused, closed");
    assertThat(lines.get(1))
        .startsWith("::warning file=" + BETA + ",line=15,col=31,title=placeholder-link::");
    assertThat(lines.get(2)).isEqualTo("pmo: 1 error(s), 1 warning(s) in 20 file(s)");
  }

  @Test
  void githubUnderStrictMakesTheWarningAnErrorAnnotation() {
    CliRun run = validate("--format", "github", "--strict");

    CliRun.assertThat(run).exitsWith(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("::")))
        .allMatch(l -> l.startsWith("::error file="))
        .anyMatch(l -> l.contains("title=placeholder-link"));
  }

  @Test
  void githubEscapesPercentNewlinesColonsAndCommasInProperties() {
    assertThat(GithubReporter.property("content/a, b: 50%\r\nc.md"))
        .isEqualTo("content/a%2C b%3A 50%25%0D%0Ac.md");
    assertThat(GithubReporter.data("50%: a, b\nc")).isEqualTo("50%25: a, b%0Ac");
  }

  @Test
  void githubEscapesAnAwkwardFileNameInARealRun() throws IOException {
    Path odd;
    try {
      odd = repo.resolve("content/old, 50%: drafts/note.md");
      Files.createDirectories(odd.getParent());
    } catch (InvalidPathException | IOException e) {
      assumeTrue(false, "this file system refuses ':' in names: " + e);
      return;
    }
    Files.writeString(odd, "---\ntitle: x\n---\n");

    CliRun run = validate("--format", "github");

    assertThat(run.out().lines())
        .contains(
            "::warning file=content/old%2C 50%25%3A drafts/note.md,"
                + "title=unknown-folder::the folder content/old, 50%25: drafts is not a kind's folder, so"
                + " this file is not read%0Athe folders are: programmes, anchors, workstreams, projects,"
                + " roles, people, organisations, meetings, case-studies, references, interdependencies,"
                + " milestones, texts");
  }

  private CliRun validate(String... options) {
    List<String> args = new ArrayList<>(List.of("--repo", repo.toString(), "validate"));
    args.addAll(List.of(options));
    return CliRun.run(args.toArray(String[]::new));
  }

  private static List<String> ids(JsonNode rules) {
    List<String> ids = new ArrayList<>();
    rules.forEach(rule -> ids.add(rule.path("id").asText()));
    return ids;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static Element testCase(Document xml, String file) {
    NodeList cases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element element = (Element) cases.item(i);
      if (element.getAttribute("name").equals(file)) {
        assertThat(element.getAttribute("file")).isEqualTo(file);
        return element;
      }
    }
    throw new AssertionError("no testcase for " + file);
  }
}
