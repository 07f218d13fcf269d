package scot.pmo.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.pmo.model.Entity;
import scot.pmo.model.Suggestions;
import scot.pmo.publish.listing.EntityCard;
import scot.pmo.workflow.Snapshot;

/** {@code pmo show ID}: one entity, its fields and its relations in both directions. */
@Command(
    name = "show",
    description = "Show one entity with its source file, fields and relations both ways.",
    footer = {"%nExamples:", "  pmo show my-project", "  pmo show jane-doe"})
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Parameters(index = "0", paramLabel = "ID", description = "The entity's id.")
  String id;

  @Override
  public Integer call() {
    Snapshot snapshot = Snapshot.load(content.context());
    Entity entity =
        snapshot
            .catalogue()
            .get(id)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "no entity has the id '"
                            + id
                            + "'; "
                            + Suggestions.didYouMeanId(
                                id, snapshot.catalogue().all().stream().map(Entity::id).toList())
                            + "'pmo list' shows every id"));
    PrintWriter out = spec.commandLine().getOut();
    EntityCard.write(entity, snapshot.graph(), out);
    out.flush();
    return ExitCodes.OK;
  }
}
