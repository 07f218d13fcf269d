package scot.pmo.publish.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;

/** For scripts: one JSON object with a summary and the list of problems. */
final class JsonReporter implements ReportFormat.Reporter {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void write(Report report, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode summary = root.putObject("summary");
    summary.put("files", report.filesRead());
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("drafts", report.drafts());
    summary.put("strict", report.strict());
    summary.put("passed", report.diagnostics().stream().noneMatch(report::failing));
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode item = list.addObject();
      item.put("severity", d.severity().label());
      item.put("code", d.code());
      item.put("path", d.at().path());
      item.put("line", d.at().line());
      item.put("column", d.at().column());
      item.put("message", d.message());
      item.put("hint", d.hint());
    }
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
