package scot.pmo.publish.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import scot.pmo.model.Diagnostic;
import scot.pmo.render.Escape;

/**
 * For CI test views: JUnit XML with one test case per content file, failing when the file has a
 * problem that fails the check.
 */
final class JunitReporter implements ReportFormat.Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    TreeSet<String> files = new TreeSet<>(report.files());
    report.diagnostics().forEach(d -> files.add(d.at().path()));
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    for (String file : files) {
      byFile.put(
          file, report.diagnostics().stream().filter(d -> d.at().path().equals(file)).toList());
    }
    long failures =
        byFile.values().stream().filter(list -> list.stream().anyMatch(report::failing)).count();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println(
        "<testsuites name=\"pmo validate\" tests=\""
            + files.size()
            + "\" failures=\""
            + failures
            + "\">");
    out.println(
        "  <testsuite name=\"content\" tests=\""
            + files.size()
            + "\" failures=\""
            + failures
            + "\" errors=\"0\" skipped=\"0\">");
    for (Map.Entry<String, List<Diagnostic>> entry : byFile.entrySet()) {
      String file = entry.getKey();
      List<Diagnostic> all = entry.getValue();
      List<Diagnostic> failing = all.stream().filter(report::failing).toList();
      out.print(
          "    <testcase classname=\"content\" name=\""
              + Escape.xml(file)
              + "\" file=\""
              + Escape.xml(file)
              + "\"");
      if (all.isEmpty()) {
        out.println("/>");
        continue;
      }
      out.println(">");
      String details =
          all.stream()
              .map(
                  d ->
                      d.at()
                          + ": "
                          + d.severity().label()
                          + "["
                          + d.code()
                          + "]: "
                          + d.message()
                          + (d.hint().isEmpty() ? "" : "\n  hint: " + d.hint()))
              .collect(Collectors.joining("\n"));
      if (!failing.isEmpty()) {
        Diagnostic first = failing.get(0);
        out.println(
            "      <failure type=\""
                + Escape.xml(first.code())
                + "\" message=\""
                + Escape.xml(failing.size() + " problem(s), first: " + first.message())
                + "\">"
                + Escape.xml(details)
                + "</failure>");
      } else {
        out.println("      <system-out>" + Escape.xml(details) + "</system-out>");
      }
      out.println("    </testcase>");
    }
    out.println("  </testsuite>");
    out.println("</testsuites>");
  }
}
