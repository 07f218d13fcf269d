package scot.pmo.publish.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.diff.ProgrammeDiff.EntityRef;
import scot.pmo.diff.ProgrammeDiff.FieldChange;
import scot.pmo.model.Diagnostic;

/**
 * A programme diff as JSON for machines. Every key is always present, lists empty when nothing
 * changed, so that a script can rely on the shape.
 */
final class DiffJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiffJson() {}

  static String render(ProgrammeDiff diff) {
    ObjectNode root = JSON.createObjectNode();
    root.put("headline", DiffSentences.headline(diff));
    version(root.putObject("from"), diff.from());
    version(root.putObject("to"), diff.to());
    ObjectNode summary = root.putObject("summary");
    summary.put("added", diff.added().size());
    summary.put("removed", diff.removed().size());
    summary.put("renamed", diff.renamed().size());
    summary.put("changed", diff.changed().size());
    summary.put("roleChanges", diff.roles().size());
    summary.put("raidChanges", diff.raid().size());
    summary.put("problemsIntroduced", diff.introduced().size());
    summary.put("problemsFixed", diff.fixed().size());
    ArrayNode added = root.putArray("added");
    diff.added().forEach(r -> entity(added.addObject(), r));
    ArrayNode removed = root.putArray("removed");
    diff.removed().forEach(r -> entity(removed.addObject(), r));
    ArrayNode renamed = root.putArray("renamed");
    for (ProgrammeDiff.Rename r : diff.renamed()) {
      ObjectNode item = renamed.addObject();
      entity(item.putObject("before"), r.before());
      entity(item.putObject("after"), r.after());
      item.put("similarity", r.similarity());
      ArrayNode refs = item.putArray("referencesUpdated");
      r.referencesUpdated().forEach(e -> entity(refs.addObject(), e));
      changes(item.putArray("changes"), r.changes());
    }
    ArrayNode changed = root.putArray("changed");
    for (ProgrammeDiff.EntityChange c : diff.changed()) {
      ObjectNode item = changed.addObject();
      entity(item, c.entity());
      changes(item.putArray("changes"), c.changes());
    }
    ArrayNode roles = root.putArray("roles");
    for (ProgrammeDiff.RoleChange r : diff.roles()) {
      ObjectNode item = roles.addObject();
      entity(item.putObject("project"), r.project());
      item.put("role", r.role());
      item.put("roleTitle", r.roleTitle());
      strings(item.putArray("before"), r.before());
      strings(item.putArray("after"), r.after());
      item.put("description", DiffSentences.role(r));
    }
    ArrayNode raid = root.putArray("raid");
    for (ProgrammeDiff.RaidChange r : diff.raid()) {
      ObjectNode item = raid.addObject();
      entity(item.putObject("record"), r.record());
      item.put("type", r.type());
      item.put("event", r.event());
      item.put("before", r.before());
      item.put("after", r.after());
      item.put("description", DiffSentences.raid(r));
    }
    ObjectNode validation = root.putObject("validation");
    problems(validation.putArray("introduced"), diff.introduced());
    problems(validation.putArray("fixed"), diff.fixed());
    strings(root.putArray("notes"), DiffSentences.notes(diff));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void version(ObjectNode node, ProgrammeDiff.Version v) {
    if (v.revision().isEmpty()) {
      node.put("revision", "working tree");
      node.putNull("commit");
      node.putNull("shortCommit");
      node.putNull("date");
      node.putNull("author");
      node.putNull("message");
      return;
    }
    var r = v.revision().get();
    node.put("revision", r.name());
    node.put("commit", r.commit());
    node.put("shortCommit", r.shortCommit());
    node.put("date", r.date());
    node.put("author", r.author());
    node.put("message", r.message());
  }

  private static void entity(ObjectNode node, EntityRef r) {
    node.put("kind", r.kind());
    node.put("id", r.id());
    node.put("title", r.title());
    node.put("path", r.path());
  }

  private static void changes(ArrayNode list, List<FieldChange> changes) {
    for (FieldChange c : changes) {
      ObjectNode item = list.addObject();
      item.put("field", c.field());
      item.put("change", c.change().label());
      item.put("before", c.before());
      item.put("after", c.after());
      strings(item.putArray("added"), c.added());
      strings(item.putArray("removed"), c.removed());
      item.put("description", DiffSentences.change(c));
    }
  }

  private static void problems(ArrayNode list, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      ObjectNode item = list.addObject();
      item.put("severity", d.severity().label());
      item.put("code", d.code());
      item.put("path", d.at().path());
      item.put("line", d.at().line());
      item.put("column", d.at().column());
      item.put("message", d.message());
      item.put("hint", d.hint());
    }
  }

  private static void strings(ArrayNode list, List<String> values) {
    values.forEach(list::add);
  }
}
