package scot.pmo.publish.diff;

import java.io.PrintWriter;
import scot.pmo.diff.ProgrammeDiff;

/** The forms a programme diff is printed in. */
public enum DiffFormat {
  /** For a terminal. */
  text,
  /** For a pull-request comment or a CI job summary. */
  markdown,
  /** For machines: a stable structure. */
  json;

  public void write(ProgrammeDiff diff, PrintWriter out) {
    out.print(
        switch (this) {
          case text -> DiffText.render(diff);
          case markdown -> DiffMarkdown.render(diff);
          case json -> DiffJson.render(diff);
        });
    out.flush();
  }
}
