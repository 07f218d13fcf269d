package scot.pmo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scot.pmo.model.EntityQuery;
import scot.pmo.model.Kind;
import scot.pmo.publish.listing.EntityListing;
import scot.pmo.workflow.ListWorkflow;
import scot.pmo.workflow.Snapshot;

/** {@code pmo list}: every entity, or those of one kind, with its source file. */
@Command(
    name = "list",
    description = "List entities with their kind, id, title and source file.",
    footer = {
      "%nKinds: programme, anchor, workstream, project, role, person, organisation,",
      "       meeting, case-study, reference, interdependency, milestone, text",
      "%nExamples:",
      "  pmo list",
      "  pmo list project",
      "  pmo list project --where workstream=workstream-2 --sort title",
      "  pmo list meeting --where type=kick-off --sort date",
      "  pmo list --format json > entities.json     with created and updated dates from git"
    })
final class ListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand PmoCommand root;
  @Mixin ContentOptions content;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "KIND",
      description = "Only this kind.",
      converter = KindConverter.class)
  Kind kind;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "text, json, csv, or ids (one per line, for scripts) (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  EntityListing.Format format;

  @Option(
      names = "--where",
      paramLabel = "FIELD=VALUE",
      description =
          "Only entities whose field has this value, or whose list holds it"
              + " (repeatable; all must match).")
  List<String> where = List.of();

  @Option(names = "--sort", paramLabel = "FIELD", description = "Sort by this field.")
  String sort;

  @Option(
      names = "--max-commits",
      paramLabel = "N",
      description = "Most commits read for the dates in JSON (default: ${DEFAULT-VALUE}).",
      defaultValue = "5000")
  int maxCommits;

  @Override
  public Integer call() {
    if (maxCommits < 1) {
      throw new ParameterException(spec.commandLine(), "--max-commits must be 1 or more");
    }
    Snapshot snapshot = Snapshot.load(content.context());
    List<EntityQuery.Condition> conditions =
        where.stream()
            .map(
                w ->
                    EntityQuery.Condition.parse(w)
                        .orElseThrow(
                            () ->
                                new ParameterException(
                                    spec.commandLine(),
                                    "--where '"
                                        + w
                                        + "' should be FIELD=VALUE, e.g. type=kick-off")))
            .toList();
    ListWorkflow.Listing listing =
        new ListWorkflow(snapshot)
            .list(
                new EntityQuery(Optional.ofNullable(kind), conditions, Optional.ofNullable(sort)),
                format == EntityListing.Format.json,
                maxCommits);
    PrintWriter out = spec.commandLine().getOut();
    EntityListing.write(listing.entities(), format, listing.history(), Terminal.columns(), out);
    out.flush();
    if (format == EntityListing.Format.json) {
      listing.history().notes().forEach(n -> root.info("note: " + n));
    }
    if (snapshot.hasErrors()) {
      spec.commandLine()
          .getErr()
          .println(
              "note: the content has errors; run 'pmo validate'"
                  + " (files that cannot be read are not listed)");
    }
    return ExitCodes.OK;
  }
}
