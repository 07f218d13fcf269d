package scot.pmo.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import scot.pmo.model.Suggestions;
import scot.pmo.workflow.GraphWorkflow;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** {@code pmo graph}: the programme graph as JSON, DOT, Mermaid or SVG. */
@Command(
    name = "graph",
    description = "Print the graph of every reference between entities.",
    footer = {
      "%nExamples:",
      "  pmo graph > graph.json",
      "  pmo graph --format dot | dot -Tpng > graph.png",
      "  pmo graph --format mermaid --kind project --kind anchor",
      "  pmo graph --format svg --focus active-communities --depth 1 > ac.svg"
    })
final class GraphCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json, dot, mermaid or svg (default: ${DEFAULT-VALUE}).")
  GraphWorkflow.Format format;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = NodeKindConverter.class,
      description = "Only entities of this kind (repeatable), e.g. project, or theme.")
  Set<String> kinds = Set.of();

  @Option(
      names = "--focus",
      paramLabel = "ID",
      description = "Only the entities within --depth steps of this one.")
  String focus;

  @Option(
      names = "--depth",
      paramLabel = "N",
      defaultValue = "1",
      description = "How many steps from --focus to include (default: ${DEFAULT-VALUE}).")
  int depth;

  @Override
  public Integer call() {
    if (depth < 0) {
      throw new ParameterException(spec.commandLine(), "--depth must be 0 or more");
    }
    WorkflowContext context = content.context();
    Snapshot snapshot = Snapshot.load(context);
    if (ContentErrors.stop(snapshot.validation(), context.repo(), spec.commandLine().getErr())) {
      return ExitCodes.CONTENT;
    }
    GraphWorkflow graph = new GraphWorkflow(snapshot);
    if (focus != null && !graph.knows(focus)) {
      throw new ParameterException(
          spec.commandLine(),
          "--focus '"
              + focus
              + "' is not an id; "
              + Suggestions.didYouMeanId(focus, graph.ids())
              + "'pmo list' shows every id");
    }
    spec.commandLine()
        .getOut()
        .print(graph.render(format, kinds, Optional.ofNullable(focus), depth));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** A kind of node of the graph, as its label: a kind of entity, or the themes. */
  static final class NodeKindConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.toLowerCase(Locale.ROOT).equals("theme")) {
        return "theme";
      }
      try {
        return new KindConverter().convert(value).label();
      } catch (TypeConversionException e) {
        throw new TypeConversionException(e.getMessage() + ", theme");
      }
    }
  }
}
