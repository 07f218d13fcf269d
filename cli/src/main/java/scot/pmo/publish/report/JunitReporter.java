package scot.pmo.publish.report;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import scot.pmo.model.Diagnostic;

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
      byFile.put(file, report.diagnostics().stream()
          .filter(d -> d.at().path().equals(file)).toList());
    }
    long failures = byFile.values().stream()
        .filter(list -> list.stream().anyMatch(report::failing)).count();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<testsuites name=\"pmo validate\" tests=\"" + files.size() + "\" failures=\""
        + failures + "\">");
    out.println("  <testsuite name=\"content\" tests=\"" + files.size() + "\" failures=\""
        + failures + "\" errors=\"0\" skipped=\"0\">");
    for (Map.Entry<String, List<Diagnostic>> entry : byFile.entrySet()) {
      String file = entry.getKey();
      List<Diagnostic> all = entry.getValue();
      List<Diagnostic> failing = all.stream().filter(report::failing).toList();
      out.print("    <testcase classname=\"content\" name=\"" + xml(file) + "\" file=\""
          + xml(file) + "\"");
      if (all.isEmpty()) {
        out.println("/>");
        continue;
      }
      out.println(">");
      String details = all.stream()
          .map(d -> d.at() + ": " + d.severity().label() + "[" + d.code() + "]: " + d.message()
              + (d.hint().isEmpty() ? "" : "\n  hint: " + d.hint()))
          .collect(Collectors.joining("\n"));
      if (!failing.isEmpty()) {
        Diagnostic first = failing.get(0);
        out.println("      <failure type=\"" + xml(first.code()) + "\" message=\""
            + xml(failing.size() + " problem(s), first: " + first.message()) + "\">"
            + xml(details) + "</failure>");
      } else {
        out.println("      <system-out>" + xml(details) + "</system-out>");
      }
      out.println("    </testcase>");
    }
    out.println("  </testsuite>");
    out.println("</testsuites>");
  }

  /** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
              || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF) {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.toString();
  }
}
