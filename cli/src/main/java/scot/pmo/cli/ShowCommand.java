package scot.pmo.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import scot.pmo.Pipeline;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.model.Entity;
import scot.pmo.model.Suggestions;
import scot.pmo.publish.listing.EntityCard;
import scot.pmo.validate.Validation;

/** {@code pmo show ID}: one entity, its fields and its relations in both directions. */
@Command(
    name = "show",
    description = "Show one entity with its source file, fields and relations both ways.",
    footer = {"%nExamples:", "  pmo show active-communities", "  pmo show monica-patterson"})
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand PmoCommand root;
  @Mixin LimitsMixin limits;

  @Parameters(index = "0", paramLabel = "ID", description = "The entity's id.")
  String id;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(root.repo(), limits.limits());
    Validation validation = pipeline.validate();
    Entity entity = validation.catalogue().get(id).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "no entity has the id '" + id + "'; "
            + Suggestions.didYouMean(id, validation.catalogue().all().stream()
                .map(Entity::id).toList())
            + "'pmo list' shows every id"));
    ProgrammeGraph graph = pipeline.link(validation);
    PrintWriter out = spec.commandLine().getOut();
    EntityCard.write(entity, graph, out);
    out.flush();
    return ExitCodes.OK;
  }
}
