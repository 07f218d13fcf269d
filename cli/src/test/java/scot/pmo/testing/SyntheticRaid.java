package scot.pmo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds a made-up working view to a copy of the sample programme: a series of two governance-group
 * meetings with agendas, attendees, decisions and actions; rated risks, an issue, an assumption and
 * a decision needed, some escalated to the group; the RAG status of two projects; a slipped
 * milestone. The seeds give no ratings, actions or RAG, so every value here is invented, and every
 * title and text says "Synthetic". Dates fall in early 2024, so a test fixes its as-of date (the
 * second meeting is on 2024-03-14).
 */
public final class SyntheticRaid {

  /** The governance group the sample escalates to. */
  public static final String GROUP = "chief-executive-working-group";

  /** The first and second meetings of the group's series. */
  public static final String FIRST_MEETING = "synthetic-cewg-2024-01";

  public static final String SECOND_MEETING = "synthetic-cewg-2024-03";

  private SyntheticRaid() {}

  /** Writes the synthetic working view into {@code repo}'s content (a copy of the sample). */
  public static void addTo(Path repo) {
    Path content = repo.resolve("content");
    write(
        content.resolve("meetings/" + FIRST_MEETING + ".yaml"),
        """
        title: "Synthetic Chief Executive Working Group meeting, January 2024"
        summary: "Synthetic test data: a meeting invented for tests."
        type: working-group
        date: "2024-01-18"
        status: held
        programme: solace-is-transformation
        organisers:
          - chief-executive-working-group
        projects:
          - active-communities
        attendees:
          - person: angela-scott
            role: "Chair"
          - person: monica-patterson
        agenda:
          - title: "Synthetic item: Active Communities highlight report"
            project: active-communities
            presenter: derek-crichton
        decisions:
          - title: "Synthetic decision: the group agrees the synthetic scope."
            project: active-communities
        actions:
          - id: circulate-scope
            title: "Synthetic action: circulate the agreed scope"
            owner: derek-crichton
            due: "2024-02-01"
            status: done
            done: "2024-01-30"
          - id: draft-survey
            title: "Synthetic action: draft the council survey"
            owner: monica-patterson
            due: "2024-02-29"
            status: open
            project: active-communities
        """);
    write(
        content.resolve("meetings/" + SECOND_MEETING + ".yaml"),
        """
        title: "Synthetic Chief Executive Working Group meeting, March 2024"
        summary: "Synthetic test data: a meeting invented for tests."
        type: working-group
        date: "2024-03-14"
        status: planned
        programme: solace-is-transformation
        organisers:
          - chief-executive-working-group
        projects:
          - active-communities
          - crerar-implementation
        attendees:
          - person: angela-scott
            role: "Chair"
          - person: lesley-brown
            role: "Secretariat"
        apologies:
          - monica-patterson
        agenda:
          - title: "Synthetic item: minutes and actions of the last meeting"
          - title: "Synthetic item: Active Communities highlight report"
            project: active-communities
            presenter: derek-crichton
          - title: "Synthetic item: Crerar Implementation highlight report"
            project: crerar-implementation
          - title: "Synthetic item: escalated risks and issues"
        actions:
          - title: "Synthetic action: report back on the survey"
            owner: derek-crichton
            due: "2024-04-30"
            status: open
        """);
    write(
        content.resolve("interdependencies/synthetic-risk-volunteer-capacity.md"),
        """
        ---
        title: "Synthetic risk: too few volunteers to run the case studies"
        type: risk
        project: active-communities
        status: escalated
        owner: derek-crichton
        raised: "2023-11-02"
        review: "2024-02-15"
        escalated: "2024-01-18"
        escalated_to: chief-executive-working-group
        level: programme
        likelihood: "4"
        impact: "4"
        proximity: within-three-months
        mitigation: "Synthetic mitigation: ask each council for a named contact."
        meetings:
          - synthetic-cewg-2024-01
        actions:
          - title: "Synthetic action: write to every council"
            owner: angela-scott
            due: "2024-02-09"
            status: open
        ---
        Synthetic test data: a risk invented for tests.
        """);
    write(
        content.resolve("interdependencies/synthetic-risk-data-sharing.md"),
        """
        ---
        title: "Synthetic risk: data-sharing agreements take longer than planned"
        type: risk
        project: crerar-implementation
        status: open
        owner: lesley-brown
        raised: "2024-01-10"
        review: "2024-04-10"
        likelihood: "3"
        impact: "2"
        proximity: within-a-year
        mitigation: "Synthetic mitigation: start the agreements early."
        ---
        Synthetic test data: a risk invented for tests.
        """);
    write(
        content.resolve("interdependencies/synthetic-issue-survey-delay.md"),
        """
        ---
        title: "Synthetic issue: the survey platform is late"
        type: issue
        project: active-communities
        status: escalated
        owner: monica-patterson
        raised: "2024-02-01"
        escalated: "2024-02-20"
        escalated_to: chief-executive-working-group
        level: programme
        likelihood: "5"
        impact: "3"
        ---
        Synthetic test data: an issue invented for tests.
        """);
    write(
        content.resolve("interdependencies/synthetic-assumption-funding.md"),
        """
        ---
        title: "Synthetic assumption: partners fund their own time"
        type: assumption
        project: crerar-implementation
        status: open
        owner: lesley-brown
        raised: "2024-01-10"
        ---
        Synthetic test data: an assumption invented for tests.
        """);
    write(
        content.resolve("interdependencies/synthetic-decision-scope.md"),
        """
        ---
        title: "Synthetic decision needed: which councils join the first wave"
        type: decision
        project: active-communities
        status: escalated
        owner: angela-scott
        raised: "2024-02-01"
        escalated: "2024-02-20"
        escalated_to: chief-executive-working-group
        level: programme
        ---
        Synthetic test data: a decision invented for tests.
        """);
    write(
        content.resolve("interdependencies/synthetic-risk-closed.md"),
        """
        ---
        title: "Synthetic risk: the kick-off clashes with recess"
        type: risk
        project: active-communities
        status: closed
        owner: derek-crichton
        raised: "2023-10-01"
        resolved: "2023-12-01"
        closed: "2023-12-15"
        likelihood: "2"
        impact: "2"
        ---
        Synthetic test data: a closed risk invented for tests.
        """);
    write(
        content.resolve("milestones/synthetic-survey-issued.yaml"),
        """
        title: "Synthetic milestone: council survey issued"
        summary: "Synthetic test data: a milestone invented for tests."
        programme: solace-is-transformation
        project: active-communities
        baseline: "2024-02-15"
        due: "2024-03-28"
        status: planned
        """);
    addRag(
        content.resolve("projects/active-communities.md"),
        "amber",
        "Synthetic reason: the survey platform is late, so the survey has slipped six weeks.");
    addRag(
        content.resolve("projects/crerar-implementation.md"),
        "green",
        "Synthetic reason: on track.");
  }

  /** Adds a RAG status to a project's front matter, after its title. */
  private static void addRag(Path project, String rag, String reason) {
    try {
      String text = Files.readString(project, StandardCharsets.UTF_8);
      int end = text.indexOf('\n', text.indexOf("title:")) + 1;
      String lines = "rag: " + rag + "\nrag_reason: \"" + reason + "\"\nrag_date: \"2024-03-01\"\n";
      Files.writeString(
          project, text.substring(0, end) + lines + text.substring(end), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
