package scot.pmo.validate;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Config;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.LibraryFacets;
import scot.pmo.model.SourceRef;

/**
 * Checks that no two things the site and the papers publish get the same file name, compared as a
 * case-insensitive file system would (case folded, Unicode NFC): an entity page and a page the site
 * writes itself ({@code projects/index.html}), a project's papers, a meeting's pack and the
 * escalation report's (named in {@code pmo.yaml}), or two filter pages of the case-study library.
 */
public final class OutputNameValidator implements Validator {

  /** The escalation report's name among the papers, from {@code pmo.yaml}. */
  private final String escalationReport;

  /** The case-study library's filters, whose pages are named after their values. */
  private final LibraryFacets facets;

  public OutputNameValidator(Config config) {
    this.escalationReport = config.papers().escalationReport().name();
    this.facets = LibraryFacets.of(config);
  }

  /** Who wants a file name: a page of the site's own, an entity, or a filter of the library. */
  private record Claim(String name, String owner, Entity entity) {}

  @Override
  public void validate(Catalogue catalogue, Diagnostics diagnostics) {
    Map<String, Claim> claims = new HashMap<>();
    for (Kind kind : Kind.values()) {
      claim(
          claims,
          new Claim(kind.folder() + "/index.html", "the index of " + kind.folder(), null),
          null,
          diagnostics);
    }
    claim(
        claims,
        new Claim("papers/" + escalationReport, "the escalation report's papers", null),
        null,
        diagnostics);
    for (Entity e : catalogue.all()) {
      SourceRef file = new SourceRef(e.path(), 1, 1);
      claim(
          claims,
          new Claim(e.kind().folder() + "/" + e.id() + ".html", "the page of " + e.path(), e),
          file,
          diagnostics);
      if (e.kind() == Kind.MEETING) {
        claim(
            claims,
            new Claim("meetings/" + e.id() + ".ics", "the calendar of " + e.path(), e),
            file,
            diagnostics);
        claim(
            claims,
            new Claim("papers/" + Config.meetingPackName(e.id()), "the pack of " + e.path(), e),
            file,
            diagnostics);
      }
      if (e.kind() == Kind.PROJECT) {
        claim(
            claims,
            new Claim("papers/" + e.id(), "the papers of " + e.path(), e),
            file,
            diagnostics);
      }
    }
    for (Entity study : catalogue.of(Kind.CASE_STUDY)) {
      for (String facet : facets.names()) {
        String field = facets.field(facet);
        List<String> values = study.texts(field);
        for (int i = 0; i < values.size(); i++) {
          String value = values.get(i);
          claim(
              claims,
              new Claim(
                  "case-studies/" + facet + "/" + value + ".html",
                  "the " + facet + " filter '" + value + "'",
                  null),
              study.positions().value("/" + field + "/" + i),
              diagnostics);
        }
      }
    }
  }

  private void claim(
      Map<String, Claim> claims, Claim claim, SourceRef at, Diagnostics diagnostics) {
    Claim earlier = claims.putIfAbsent(fold(claim.name()), claim);
    if (earlier == null
        || at == null
        || earlier.name().equals(claim.name()) && earlier.owner().equals(claim.owner())) {
      return;
    }
    diagnostics.add(
        Diagnostic.error(
            "output-name-clash",
            at,
            "this would be published as "
                + claim.name()
                + ", the same file as "
                + earlier.owner()
                + (earlier.name().equals(claim.name())
                    ? ""
                    : " (" + earlier.name() + ") on a file system that ignores case"),
            "rename the file or the value (and the references to it) so that the two differ"
                + " in more than case; 'index' and '"
                + escalationReport
                + "' name files the site writes itself"));
  }

  /** A file name as a case-insensitive, normalising file system compares it. */
  static String fold(String name) {
    // Ids are ASCII, which is already normalised and folds by lower case alone.
    boolean ascii = true;
    for (int i = 0; i < name.length() && ascii; i++) {
      ascii = name.charAt(i) < 128;
    }
    if (ascii) {
      return name.toLowerCase(Locale.ROOT);
    }
    return Normalizer.normalize(name, Normalizer.Form.NFC)
        .toUpperCase(Locale.ROOT)
        .toLowerCase(Locale.ROOT);
  }

  /** Names come from file names, and from the facet values of case studies. */
  @Override
  public boolean affectedBy(Entity before, Entity after) {
    return before.kind() == Kind.CASE_STUDY
        && facets.fields().stream()
            .anyMatch(field -> !before.texts(field).equals(after.texts(field)));
  }
}
