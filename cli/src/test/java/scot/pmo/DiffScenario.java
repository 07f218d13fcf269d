package scot.pmo;

import java.nio.file.Path;
import java.util.List;

/**
 * A made-up programme (synthetic test data) in a git repository with one commit per change a
 * reviewer cares about: each step is tagged, from {@code base} to {@code step-6}.
 */
public final class DiffScenario {

  /**
   * One commit of the scenario.
   *
   * @param tag the tag on the commit
   * @param name a short name, used for golden files
   * @param message the commit message
   */
  public record Step(String tag, String name, String message) {}

  public static final List<Step> STEPS =
      List.of(
          new Step("step-1", "add-project", "Add Project Beta"),
          new Step("step-2", "change-sponsor", "Make Robin Sample the sponsor of Project Alpha"),
          new Step("step-3", "move-meeting", "Move the Project Alpha kick-off a week later"),
          new Step(
              "step-4", "add-interdependency", "Record that Project Beta depends on Project Alpha"),
          new Step("step-5", "schema-error", "Mark Project Alpha as active (with a typo)"),
          new Step("step-6", "rename-case-study", "Rename the town centre case study"));

  private DiffScenario() {}

  /** Builds the repository in {@code dir} and returns it. */
  public static GitScratch build(Path dir) {
    GitScratch repo = GitScratch.init(dir);
    base(repo);
    repo.commit("Start the demo programme", "Alex Example", "2024-01-08T09:00:00+00:00");
    repo.git("tag", "base");

    repo.write(
        "content/projects/project-beta.md",
        """
        ---
        title: "Project Beta"
        programme: demo-programme
        workstream: demo-workstream
        status: proposed
        summary: "Synthetic test data: a second made-up project."
        team:
          - role: chief-executive-sponsor
            person: robin-sample
          - role: project-director
            person: sam-sample
        ---
        ## Background

        Synthetic test data. Project Beta exists only to test pmo diff.
        """);
    commit(repo, 0, "2024-01-09T10:00:00+00:00");

    repo.edit("content/projects/project-alpha.md", "person: pat-example", "person: robin-sample");
    commit(repo, 1, "2024-01-10T10:00:00+00:00");

    repo.edit("content/meetings/project-alpha-kick-off.yaml", "2024-01-18", "2024-01-25");
    commit(repo, 2, "2024-01-11T10:00:00+00:00");

    repo.write(
        "content/interdependencies/beta-needs-alpha-survey.yaml",
        """
        title: "Project Beta needs the results of Project Alpha's survey"
        type: interdependency
        project: project-beta
        relation: depends-on
        with: project-alpha
        status: open
        owner: sam-sample
        raised: "2024-01-12"
        """);
    commit(repo, 3, "2024-01-12T10:00:00+00:00");

    repo.edit("content/projects/project-alpha.md", "status: proposed", "status: actve");
    commit(repo, 4, "2024-01-15T10:00:00+00:00");

    repo.git(
        "mv",
        "content/case-studies/example-town-centre.md",
        "content/case-studies/town-centre-revival.md");
    repo.edit(
        "content/projects/project-alpha.md", "  - example-town-centre", "  - town-centre-revival");
    repo.edit(
        "content/projects/project-alpha.md", "example-town-centre.md", "town-centre-revival.md");
    commit(repo, 5, "2024-01-16T10:00:00+00:00");
    return repo;
  }

  private static void commit(GitScratch repo, int step, String when) {
    repo.commit(STEPS.get(step).message(), step % 2 == 0 ? "Sam Sample" : "Robin Sample", when);
    repo.git("tag", STEPS.get(step).tag());
  }

  /**
   * Writes the programme of the base commit into {@code repo}, which need not be a git repository.
   */
  public static void base(GitScratch repo) {
    repo.write(
        "content/programmes/demo-programme.md",
        """
        ---
        title: "Demo programme"
        governance_group: demo-working-group
        ---
        Synthetic test data: a made-up programme for testing pmo diff.
        """);
    repo.write(
        "content/workstreams/demo-workstream.yaml",
        """
        title: "Demo workstream"
        programme: demo-programme
        summary: "Synthetic test data."
        """);
    repo.write(
        "content/organisations/demo-council.yaml",
        """
        name: "Demo Council"
        type: council
        summary: "Synthetic test data."
        """);
    repo.write(
        "content/organisations/demo-working-group.yaml",
        """
        name: "Demo Working Group"
        type: working-group
        summary: "Synthetic test data."
        """);
    repo.write(
        "content/people/pat-example.yaml",
        """
        name: "Pat Example"
        organisation: demo-council
        seniority: chief-executive
        """);
    repo.write(
        "content/people/robin-sample.yaml",
        """
        name: "Robin Sample"
        organisation: demo-council
        seniority: chief-executive
        """);
    repo.write(
        "content/people/sam-sample.yaml",
        """
        name: "Sam Sample"
        organisation: demo-council
        seniority: director
        """);
    repo.write(
        "content/roles/chief-executive-sponsor.yaml",
        """
        title: "Chief Executive Sponsor"
        held_by: person
        eligible_seniority:
          - chief-executive
        max_holders: "1"
        responsibilities:
          - "Synthetic test data: provides leadership to the project."
        """);
    repo.write(
        "content/roles/project-director.yaml",
        """
        title: "Project Director"
        held_by: person
        max_holders: "1"
        responsibilities:
          - "Synthetic test data: drives progress through the project team."
        """);
    repo.write(
        "content/projects/project-alpha.md",
        """
        ---
        title: "Project Alpha"
        programme: demo-programme
        workstream: demo-workstream
        status: proposed
        summary: "Synthetic test data: a made-up project."
        team:
          - role: chief-executive-sponsor
            person: pat-example
          - role: project-director
            person: sam-sample
        case_studies:
          - example-town-centre
        ---
        ## Background

        Synthetic test data. See the
        [town centre case study](../case-studies/example-town-centre.md).
        """);
    repo.write(
        "content/meetings/project-alpha-kick-off.yaml",
        """
        title: "Project Alpha kick-off"
        type: kick-off
        date: "2024-01-18"
        status: planned
        programme: demo-programme
        projects:
          - project-alpha
        """);
    repo.write(
        "content/case-studies/example-town-centre.md",
        """
        ---
        title: "Reviving a town centre"
        summary: "Synthetic test data: a made-up case study of a town centre."
        themes:
          - revitalising-town-centres
        projects:
          - project-alpha
        ---
        Synthetic test data.

        A made-up council worked with traders and residents to bring empty shops back
        into use, with a market every Saturday and a community hub in the old bank.
        """);
  }
}
