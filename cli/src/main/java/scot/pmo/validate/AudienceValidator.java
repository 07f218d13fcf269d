package scot.pmo.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scot.pmo.audience.AudienceView;
import scot.pmo.markdown.MarkdownLinks;
import scot.pmo.model.Audience;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.Severity;
import scot.pmo.model.SourceRef;

/**
 * Checks what drafts and internal entities mean for the content that names them. Published content
 * (anything that is not itself a draft) may not name a draft, by a field or by a Markdown link: the
 * build would leave the reference out without the author meaning it to. A public entity may name an
 * internal one, and the public build leaves the reference out (a team row naming an internal person
 * goes with it): a note says so, so that the author knows what the public will not see.
 *
 * <p>It looks across files (a draft's flag decides what its referrers may say), so the preview runs
 * it again after every edit.
 */
public final class AudienceValidator implements Validator {

  @Override
  public void validate(Catalogue catalogue, Diagnostics diagnostics) {
    Map<String, Entity> hidden = new HashMap<>();
    catalogue.all().stream()
        .filter(e -> Audience.isDraft(e) || Audience.isInternal(e))
        .forEach(e -> hidden.put(e.path(), e));
    if (hidden.isEmpty()) {
      // Nothing is hidden from anyone, so nothing names what is hidden: most programmes, and
      // the preview's check after every save need not walk every reference and link.
      return;
    }
    // Every entity but a draft is published, to the internal build at least: it hides drafts alone.
    for (AudienceView.Omission o : AudienceView.omissions(catalogue, Audience.INTERNAL)) {
      diagnostics.add(
          draftNamed("'" + o.field() + "' names '" + o.hidden().id() + "'", o.at(), o.hidden()));
    }
    for (AudienceView.Omission o : AudienceView.omissions(catalogue, Audience.PUBLIC)) {
      if (!Audience.isDraft(o.hidden())) {
        diagnostics.add(
            new Diagnostic(
                Severity.NOTE,
                "internal-reference",
                o.at(),
                "'"
                    + o.field()
                    + "' names '"
                    + o.hidden().id()
                    + "', which is internal ("
                    + o.hidden().path()
                    + "): the public build leaves out "
                    + (o.row() ? "this row" : "this reference"),
                "nothing to do if that is meant; otherwise make "
                    + o.hidden().path()
                    + " public, or name something public here"));
      }
    }
    for (Entity entity : catalogue.all()) {
      if (Audience.isDraft(entity)) {
        continue;
      }
      List<MarkdownLinks.Found> links;
      try {
        links = MarkdownLinks.of(catalogue, entity);
      } catch (MarkdownLinks.TooComplex e) {
        continue; // the link check reports it
      }
      for (MarkdownLinks.Found link : links) {
        Entity target = link.target(entity.path()).map(hidden::get).orElse(null);
        String what = "the link to '" + link.url().strip() + "'";
        if (target != null && Audience.isDraft(target)) {
          diagnostics.add(draftNamed(what, link.at(), target));
        } else if (target != null && !Audience.isInternal(entity)) {
          diagnostics.add(
              new Diagnostic(
                  Severity.NOTE,
                  "internal-reference",
                  link.at(),
                  what
                      + " leads to an internal entity ("
                      + target.path()
                      + "): the public build shows the link's words without the link",
                  "nothing to do if its words may be public; otherwise reword it"));
        }
      }
    }
  }

  /** A reference, said as {@code what}, written at {@code at} to the draft {@code draft}. */
  private static Diagnostic draftNamed(String what, SourceRef at, Entity draft) {
    return Diagnostic.error(
        "draft-reference",
        at,
        what
            + ", which is a draft ("
            + draft.path()
            + "): drafts are left out of the site and the papers, so published content cannot"
            + " name it",
        "publish the draft (remove 'draft: true' from "
            + draft.path()
            + "), or remove this reference");
  }
}
