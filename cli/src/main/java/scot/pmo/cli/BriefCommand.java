package scot.pmo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.pmo.model.Audience;
import scot.pmo.model.Config;
import scot.pmo.model.Suggestions;
import scot.pmo.publish.OutputFolderException;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.render.paper.PaperFormat;
import scot.pmo.workflow.BriefOutcome;
import scot.pmo.workflow.BriefRequest;
import scot.pmo.workflow.BriefWorkflow;
import scot.pmo.workflow.ContentAsOf;
import scot.pmo.workflow.WorkflowContext;

/** {@code pmo brief}: writes briefing papers, after the content validates. */
@Command(
    name = "brief",
    description =
        "Write projects' briefing papers, the escalation report for the programme's"
            + " governance group, meetings' packs, and papers of the kinds pmo.yaml declares"
            + " (programme-proposal, event-report, letter), as HTML, PDF, Word or Markdown"
            + " (default folder: site/papers/).",
    footer = {
      "%nExamples:",
      "  pmo brief my-project",
      "  pmo brief --all --format html,pdf,docx,md",
      "  pmo brief --escalation-report --as-of 2024-03-31 --format pdf",
      "  pmo brief --meeting cewg-2024-03 --as-of 2024-03-14 --format all",
      "  pmo brief --paper letter my-letter --format pdf,docx",
      "  pmo brief --paper programme-proposal",
      "  pmo brief my-project --format docx --out /tmp/papers"
    })
final class BriefCommand implements Callable<Integer> {

  /** The most meetings an unknown meeting's message lists. */
  private static final int MEETINGS_LISTED = 15;

  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Parameters(
      paramLabel = "ID",
      arity = "0..*",
      description =
          "Projects to brief; with --paper, the entities to write that kind's paper of (default:"
              + " every one the kind selects).")
  List<String> projects = new ArrayList<>();

  @Option(
      names = "--all",
      description =
          "Every project's briefing paper (those pmo.yaml lists under papers.briefing, if it"
              + " does), the escalation report, the pack of every meeting with an agenda, and"
              + " the papers of every kind pmo.yaml declares.")
  boolean all;

  @Option(
      names = "--escalation-report",
      description =
          "The escalation report for the programme's governance group: open and escalated"
              + " records by anchor, with their age.")
  boolean escalation;

  @Option(
      names = "--meeting",
      paramLabel = "ID",
      description =
          "The pack of a meeting: its agenda, a highlight report of each project on it, what"
              + " has been escalated to the body that meets, and the actions of the last"
              + " meeting. Repeat for several.")
  List<String> meetings = new ArrayList<>();

  @Option(
      names = "--paper",
      paramLabel = "KIND",
      description =
          "Papers of one kind: ${COMPLETION-CANDIDATES}, or a kind pmo.yaml adds under"
              + " papers.kinds. Each is written from its templates in templates/paper/, of the"
              + " entities named, or of every entity the kind selects.",
      completionCandidates = PaperKinds.class)
  String paper;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "Read the content as it was at the end of this day (the last commit on or before it,"
              + " with that commit's pmo.yaml and templates) and count ages, overdue actions and"
              + " slipped milestones to it (default: the working tree, as of today).")
  LocalDate asOf;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "html",
      description = "html, pdf, docx, md, or all; several separated by commas (default: html).")
  List<String> formats;

  @Option(
      names = "--no-cache",
      description =
          "Render every paper, rather than reusing those in .pmo/cache/papers/ whose inputs"
              + " (content, templates, pmo.yaml) have not changed since they were rendered.")
  boolean noCache;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description =
          "Folder to write into (default: site/papers under the repository, or"
              + " site-internal/papers for --audience internal).")
  Path out;

  @Option(
      names = "--audience",
      paramLabel = "public|internal",
      defaultValue = "public",
      converter = AudienceConverter.class,
      description =
          "Who the papers are for: public (the default) leaves out drafts, internal content and"
              + " people's contact details; internal includes internal content and contact"
              + " details. Drafts are in neither.")
  Audience audience;

  @Override
  public Integer call() {
    if (projects.isEmpty() && !all && !escalation && meetings.isEmpty() && paper == null) {
      throw new ParameterException(
          spec.commandLine(),
          "name one or more projects, or give --all, --escalation-report, --meeting or --paper");
    }
    List<PaperFormat> formatList;
    try {
      formatList = PaperFormat.list(formats);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    WorkflowContext context = content.context();
    context.useCache(!noCache);
    List<String> briefed = projects;
    boolean escalationReport = all || escalation;
    List<BriefRequest.KindPapers> kinds = List.of();
    if (paper != null) {
      Config.PaperKind kind = paperKind(context.config());
      switch (kind.model()) {
        case BRIEFING -> {
          kinds = List.of(new BriefRequest.KindPapers(kind.name(), projects));
          briefed = List.of();
        }
        case ESCALATION_REPORT -> {
          if (!projects.isEmpty()) {
            throw new ParameterException(
                spec.commandLine(),
                "the escalation report is one paper, of no entity: give --paper "
                    + kind.name()
                    + " without ids");
          }
          escalationReport = true;
        }
        case ENTITY -> {
          kinds = List.of(new BriefRequest.KindPapers(kind.name(), projects));
          briefed = List.of();
        }
      }
    }
    BriefWorkflow workflow = new BriefWorkflow(context);
    if (asOf != null) {
      AsOfDates.check(spec, asOf, workflow.today());
    }
    Path folder = folder(context.repo());
    try (ContentAsOf past = asOf == null ? null : ContentAsOf.at(context, asOf)) {
      BriefOutcome outcome;
      try {
        outcome =
            workflow.brief(
                new BriefRequest(
                    briefed,
                    all,
                    escalationReport,
                    formatList,
                    folder,
                    asOf != null ? asOf : workflow.today(),
                    null,
                    meetings,
                    kinds,
                    audience),
                Optional.ofNullable(past));
      } catch (OutputFolderException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      return report(outcome, context, past);
    }
  }

  /** The kind {@code --paper} names, or a usage error listing the kinds. */
  private Config.PaperKind paperKind(Config config) {
    List<String> names = config.papers().kindNames();
    return config
        .papers()
        .kind(paper)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "'"
                        + paper
                        + "' is not a kind of paper; "
                        + Suggestions.didYouMean(paper, names)
                        + "the kinds are: "
                        + String.join(", ", names)));
  }

  /** pmo's own kinds of paper, for --help. */
  static final class PaperKinds extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    PaperKinds() {
      super(Config.DEFAULT.papers().kindNames());
    }
  }

  /**
   * Where the papers go: {@code --out}, else site/papers, or site-internal/papers for the programme
   * team; internal papers are never written into the public site's folder.
   */
  private Path folder(Path repo) {
    if (out == null) {
      return repo.resolve(
          audience == Audience.INTERNAL ? BriefRequest.INTERNAL_OUT : BriefRequest.DEFAULT_OUT);
    }
    Path site = repo.resolve("site").toAbsolutePath().normalize();
    if (audience == Audience.INTERNAL && out.toAbsolutePath().normalize().startsWith(site)) {
      throw new ParameterException(
          spec.commandLine(),
          "--audience internal would write internal papers into site/, where the public site is"
              + " built; leave out --out to write them into site-internal/papers/, or give another"
              + " folder");
    }
    return out;
  }

  /** What the papers' run gave: the content's errors, an unknown project, or the files written. */
  private int report(BriefOutcome outcome, WorkflowContext context, ContentAsOf past) {
    if (outcome.validation().diagnostics().hasErrors()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          past == null
              ? "pmo: the content has errors, so no paper was written:"
              : "pmo: the content as it was at the end of "
                  + asOf
                  + " (commit "
                  + past.commit().shortId()
                  + ") has errors, so no paper was written:");
      Path root = past == null ? context.repo() : past.context().repo();
      ReportFormat.TEXT.write(Report.of(outcome.validation(), root, false), err);
      return ExitCodes.CONTENT;
    }
    if (!outcome.unknownProjects().isEmpty()) {
      String id = outcome.unknownProjects().get(0);
      throw new ParameterException(
          spec.commandLine(),
          "'"
              + id
              + "' is not a project; "
              + Suggestions.didYouMeanId(id, outcome.projectIds())
              + "the projects are: "
              + String.join(", ", outcome.projectIds()));
    }
    if (!outcome.unknownMeetings().isEmpty()) {
      String id = outcome.unknownMeetings().get(0);
      List<String> ids = outcome.meetingIds();
      throw new ParameterException(
          spec.commandLine(),
          "'"
              + id
              + "' is not a meeting; "
              + Suggestions.didYouMeanId(id, ids)
              + (ids.isEmpty()
                  ? "the content has no meetings"
                  : ids.size() <= MEETINGS_LISTED
                      ? "the meetings are: " + String.join(", ", ids)
                      : "'pmo list meeting' lists the " + ids.size() + " meetings"));
    }
    if (outcome.unknownPaper().isPresent()) {
      BriefOutcome.UnknownPaper unknown = outcome.unknownPaper().get();
      throw new ParameterException(
          spec.commandLine(),
          "'"
              + unknown.id()
              + "' is not an entity the "
              + unknown.kind()
              + " kind of paper is written of; "
              + Suggestions.didYouMeanId(unknown.id(), unknown.selected())
              + (unknown.selected().isEmpty()
                  ? "the content has none (pmo.yaml's papers.kinds."
                      + unknown.kind()
                      + ".select says which)"
                  : "it is written of: " + String.join(", ", unknown.selected())));
    }
    outcome.written().forEach(path -> content.note("wrote " + path));
    return ExitCodes.OK;
  }
}
