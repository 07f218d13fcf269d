package scot.pmo.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import scot.pmo.Pipeline;
import scot.pmo.link.GraphSelection;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.model.Kind;
import scot.pmo.model.Suggestions;
import scot.pmo.render.graph.GraphDot;
import scot.pmo.render.graph.GraphJson;
import scot.pmo.render.graph.GraphMermaid;
import scot.pmo.render.graph.SvgGraphRenderer;
import scot.pmo.validate.Validation;

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

  /** The forms the graph can take. */
  enum Format { json, dot, mermaid, svg }

  @Spec CommandSpec spec;
  @ParentCommand PmoCommand root;
  @Mixin LimitsMixin limits;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
      description = "json, dot, mermaid or svg (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only entities of this kind (repeatable), e.g. project.")
  Set<String> kinds = Set.of();

  @Option(names = "--focus", paramLabel = "ID",
      description = "Only the entities within --depth steps of this one.")
  String focus;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
      description = "How many steps from --focus to include (default: ${DEFAULT-VALUE}).")
  int depth;

  @Override
  public Integer call() {
    Set<String> wanted = kinds.stream().map(this::kindLabel).collect(Collectors.toSet());
    if (depth < 0) {
      throw new ParameterException(spec.commandLine(), "--depth must be 0 or more");
    }
    Pipeline pipeline = new Pipeline(root.repo(), limits.limits());
    Validation validation = pipeline.validate();
    if (ContentErrors.stop(validation, pipeline.repo(), spec.commandLine().getErr())) {
      return ExitCodes.CONTENT;
    }
    ProgrammeGraph graph = pipeline.link(validation);
    if (focus != null && graph.node(focus).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--focus '" + focus + "' is not an id; "
          + Suggestions.didYouMean(focus, graph.nodes().stream().map(n -> n.id()).toList())
          + "'pmo list' shows every id");
    }
    GraphSelection selection = GraphSelection.of(graph, wanted, Optional.ofNullable(focus), depth);
    String title = focus == null ? "The programme graph" : "Relations of " + focus;
    String text = switch (format) {
      case json -> GraphJson.render(selection, graph.dependencies(), graph.dependencyCycles());
      case dot -> GraphDot.render(selection, graph.dependencies(), title);
      case mermaid -> GraphMermaid.render(selection, graph.dependencies());
      case svg -> SvgGraphRenderer.render(selection, title, focus == null
          ? "Every entity of the programme and every reference between them."
          : "The entities within " + depth + " step(s) of " + focus + ".");
    };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private String kindLabel(String name) {
    if (name.toLowerCase(Locale.ROOT).equals("theme")) {
      return "theme";
    }
    return Kind.byName(name).or(() -> Kind.byFolder(name)).map(Kind::label)
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            "--kind '" + name + "' is not a kind; the kinds are: " + Kind.names() + ", theme"));
  }
}
