package scot.pmo.publish.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.TreeMap;
import scot.pmo.model.Diagnostic;

/** For code-scanning tools: a SARIF 2.1.0 log with one rule per diagnostic code. */
final class SarifReporter implements ReportFormat.Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    ObjectNode root = JsonReporter.JSON.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "pmo");
    String version = SarifReporter.class.getPackage().getImplementationVersion();
    driver.put("version", version == null ? "development" : version);
    TreeMap<String, Integer> rules = new TreeMap<>();
    report.diagnostics().forEach(d -> rules.putIfAbsent(d.code(), 0));
    ArrayNode ruleList = driver.putArray("rules");
    int index = 0;
    for (String code : rules.keySet()) {
      rules.put(code, index++);
      ObjectNode rule = ruleList.addObject();
      rule.put("id", code);
      rule.putObject("shortDescription").put("text", code.replace('-', ' '));
    }
    // Paths are relative to the repository root. SARIF wants a base id's uri to be absolute, and
    // the absolute path of a checkout means nothing elsewhere, so the base is named but left open
    // for the reader (GitHub code scanning uses its checkout).
    run.putObject("originalUriBaseIds")
        .putObject("SRCROOT")
        .putObject("description")
        .put("text", "The root of the repository that was validated.");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code());
      result.put("ruleIndex", rules.get(d.code()));
      result.put(
          "level",
          switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> report.strict() ? "error" : "warning";
            case NOTE -> "note";
          });
      result
          .putObject("message")
          .put("text", d.message() + (d.hint().isEmpty() ? "" : " Hint: " + d.hint()));
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", d.at().path());
      artifact.put("uriBaseId", "SRCROOT");
      if (d.at().line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.at().line());
        if (d.at().column() > 0) {
          region.put("startColumn", d.at().column());
        }
      }
    }
    try {
      out.println(JsonReporter.JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
