package scot.pmo.publish.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The text table of actions fits a terminal by shortening titles, and never leaves blanks. */
class ActionListingTest {

  private static final List<ActionListing.Row> ROWS =
      List.of(
          new ActionListing.Row(
              "synthetic-meeting/1",
              "Synthetic action: write to every council about the survey and its dates",
              "angela-scott",
              "Angela Scott",
              "2024-02-09",
              "open",
              true,
              "synthetic-meeting",
              "content/meetings/synthetic-meeting.yaml:12:5"));

  private static String text(OptionalInt columns) {
    StringWriter out = new StringWriter();
    ActionListing.write(
        ROWS, LocalDate.of(2024, 3, 14), ActionListing.Format.text, columns, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void onANarrowTerminalTitlesAreShortened() {
    String table = text(OptionalInt.of(80));

    assertThat(table.lines().filter(line -> line.length() > 80)).isEmpty();
    assertThat(table.lines())
        .containsExactly(
            "ID                   TITLE               OWNER         DUE         STATUS",
            "synthetic-meeting/1  Synthetic action:…  Angela Scott  2024-02-09  open, overdue",
            "1 action, 1 overdue as of 2024-03-14");
  }

  @Test
  void pipedEveryTitleIsWholeUpToSixtyCharacters() {
    assertThat(text(OptionalInt.empty()))
        .contains("Synthetic action: write to every council about the survey a…")
        .doesNotContain(" \n");
  }
}
