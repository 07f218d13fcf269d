package scot.pmo.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scot.pmo.model.Audience;
import scot.pmo.render.paper.PaperFormat;
import scot.pmo.workflow.BriefWorkflow;
import scot.pmo.workflow.BuildWorkflow;
import scot.pmo.workflow.ContentAsOf;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** {@code pmo build}: validates, then writes the website into its output folder in one swap. */
@Command(
    name = "build",
    description =
        "Validate, then build the website into site/ (the old site is replaced only"
            + " when the new one is complete).",
    footer = {
      "%nExamples:",
      "  pmo build",
      "  pmo build --out /tmp/preview",
      "  pmo build --no-papers                                  pages only, for a quick look",
      "  pmo build --audience internal                          the team's own site, into"
          + " site-internal/",
      "  pmo build --as-of 2024-03-31 --out /tmp/march          the site as it was then",
      "  pmo build --base-url https://example.org/programme/   absolute addresses for"
          + " sitemap.xml, the feed and calendars"
    })
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand PmoCommand root;
  @Mixin ContentOptions content;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description =
          "The output folder (default: site/ in the repository, or site-internal/ for"
              + " --audience internal).")
  Path out;

  @Option(
      names = "--audience",
      paramLabel = "public|internal",
      defaultValue = "public",
      converter = AudienceConverter.class,
      description =
          "Who the site is for: public (the default) leaves out drafts, internal content and"
              + " people's contact details; internal includes internal content and contact"
              + " details, says 'Internal' on every page, and is written to site-internal/."
              + " Drafts are in neither; pmo serve shows them.")
  Audience audience;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "Where the site is published, e.g. https://example.org/programme/; needed for"
              + " sitemap.xml and absolute addresses in the feed and calendars.")
  String baseUrl;

  @Option(
      names = "--no-papers",
      description =
          "Build the pages only, without the briefing papers in papers/ (faster;"
              + " project pages then offer no papers to download).")
  boolean noPapers;

  @Option(
      names = "--no-cache",
      description =
          "Render every paper and draw the map again, rather than reusing those in"
              + " .pmo/cache/ whose inputs (content, templates, pmo.yaml) have not changed"
              + " since they were made.")
  boolean noCache;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "Build the site of the content as it was at the end of this day (the last commit on"
              + " or before it, with that commit's pmo.yaml and templates), counting ages to it"
              + " (default: the working tree, as of its latest change).")
  LocalDate asOf;

  @Override
  public Integer call() {
    Optional<String> base = Optional.ofNullable(baseUrl).map(this::checkUrl);
    WorkflowContext context = content.context();
    context.useCache(!noCache);
    if (asOf != null) {
      AsOfDates.check(spec, asOf, new BriefWorkflow(context).today());
    }
    Path target = target(context.repo());
    BuildWorkflow build = new BuildWorkflow(context);
    int pages;
    // The day's commit is found (or refused) before the output folder is claimed.
    try (ContentAsOf past = asOf == null ? null : ContentAsOf.at(context, asOf)) {
      WorkflowContext reading = past == null ? context : past.context();
      build.claim(target);
      try (Progress progress = new Progress(spec.commandLine().getErr(), root.quiet)) {
        context.countOn(progress);
        reading.countOn(progress);
        progress.step("Checking the content…");
        pages = build(build, reading, target, base, progress);
      }
    }
    if (pages < 0) {
      return ExitCodes.CONTENT;
    }
    content.note(
        "Built "
            + pages
            + " pages into "
            + target.toAbsolutePath().normalize()
            + (audience == Audience.INTERNAL
                ? " for the programme team only: do not publish it"
                : ""));
    return ExitCodes.OK;
  }

  /**
   * Where the site goes: {@code --out}, else site/ for the public and site-internal/ for the team,
   * so that an internal site is never written where the public one is published from.
   */
  private Path target(Path repo) {
    Path publicSite = repo.resolve(PUBLIC_SITE);
    if (out == null) {
      return audience == Audience.INTERNAL ? repo.resolve(INTERNAL_SITE) : publicSite;
    }
    if (audience == Audience.INTERNAL
        && out.toAbsolutePath().normalize().startsWith(publicSite.toAbsolutePath().normalize())) {
      throw new ParameterException(
          spec.commandLine(),
          "--audience internal would write the internal site into "
              + PUBLIC_SITE
              + "/, where the public site is built; leave out --out to write it into "
              + INTERNAL_SITE
              + "/, or give another folder");
    }
    return out;
  }

  private static final String PUBLIC_SITE = "site";
  private static final String INTERNAL_SITE = "site-internal";

  /** The site of the content {@code reading} reads; -1 when the content has errors. */
  private int build(
      BuildWorkflow build,
      WorkflowContext reading,
      Path target,
      Optional<String> base,
      Progress progress) {
    Snapshot snapshot = Snapshot.load(reading);
    if (snapshot.hasErrors()) {
      progress.clear();
      ContentErrors.stop(snapshot.validation(), reading.repo(), spec.commandLine().getErr());
      return -1;
    }
    progress.step(
        "Building the site and " + snapshot.validation().filesRead() + " files' pages and papers…");
    return build.build(
        snapshot, audience, target, base, noPapers ? List.of() : List.of(PaperFormat.values()));
  }

  private String checkUrl(String url) {
    try {
      URI uri = new URI(url);
      if (uri.isAbsolute()
          && uri.getHost() != null
          && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ParameterException(
        spec.commandLine(),
        "--base-url '"
            + url
            + "' is not a web address; give one such as https://example.org/programme/");
  }
}
