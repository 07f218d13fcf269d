package scot.pmo.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import scot.pmo.link.ActionItem;
import scot.pmo.link.Actions;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.publish.listing.ActionListing;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.validate.Validation;

/**
 * The workflow of {@code pmo actions}: every action of the programme (those agreed at meetings and
 * those of RAID records' responses), soonest due first, or those overdue or of one person, as of a
 * day.
 */
public final class ActionsWorkflow {

  /**
   * What to list.
   *
   * @param overdueOnly only the actions overdue as of {@code asOf}
   * @param owner only the actions of this person (id)
   * @param asOf the day an open action past its due date is overdue on; also the working rules'
   *     "today"
   */
  public record Request(boolean overdueOnly, Optional<String> owner, LocalDate asOf) {}

  /**
   * What the listing found.
   *
   * @param validation the content's validation: with errors, nothing is listed
   * @param actions the actions asked for
   * @param unknownOwner the owner asked for, when no person has that id
   * @param people the ids of every person, for a suggestion
   */
  public record Outcome(
      Validation validation,
      List<ActionListing.Row> actions,
      Optional<String> unknownOwner,
      List<String> people) {}

  private final WorkflowContext context;

  public ActionsWorkflow(WorkflowContext context) {
    this.context = context;
  }

  /** The day it is now where {@code pmo.yaml} says the programme office is. */
  public LocalDate today() {
    return context.today();
  }

  public Outcome list(Request request) {
    context.checkOn(request.asOf());
    Snapshot snapshot = Snapshot.load(context);
    Validation validation = snapshot.validation();
    Catalogue catalogue = snapshot.catalogue();
    List<String> people = catalogue.of(Kind.PERSON).stream().map(Entity::id).sorted().toList();
    if (validation.diagnostics().hasErrors()) {
      return new Outcome(validation, List.of(), Optional.empty(), people);
    }
    if (request.owner().isPresent() && !people.contains(request.owner().get())) {
      return new Outcome(validation, List.of(), request.owner(), people);
    }
    MarkdownRenderer markdown = context.markdown();
    List<ActionListing.Row> rows =
        Actions.of(catalogue).all().stream()
            .filter(a -> request.owner().map(a.owner()::equals).orElse(true))
            .filter(a -> !request.overdueOnly() || a.overdue(request.asOf()))
            .map(a -> row(a, catalogue, markdown, request.asOf()))
            .toList();
    return new Outcome(validation, rows, Optional.empty(), people);
  }

  private static ActionListing.Row row(
      ActionItem action, Catalogue catalogue, MarkdownRenderer markdown, LocalDate asOf) {
    Optional<Entity> source = catalogue.get(action.source());
    String at =
        source
            .map(e -> e.positions().value("/actions/" + action.index()).toString())
            .orElse(action.path());
    return new ActionListing.Row(
        action.id(),
        plain(action.title(), markdown),
        action.owner(),
        catalogue
            .get(action.owner())
            .filter(e -> e.kind() == Kind.PERSON)
            .map(Entity::title)
            .orElse(action.owner()),
        action.due().map(PartialDate::text).orElse(""),
        action.status(),
        action.overdue(asOf),
        action.source(),
        at);
  }

  /** A title's Markdown as the text a reader sees: no emphasis marks, links as their words. */
  private static String plain(String title, MarkdownRenderer markdown) {
    return Jsoup.parseBodyFragment(markdown.toInlineHtml(title)).text();
  }
}
