package scot.pmo.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import scot.pmo.git.Commit;
import scot.pmo.git.LastChanges;
import scot.pmo.model.Config;
import scot.pmo.model.Entity;
import scot.pmo.render.paper.Paper;
import scot.pmo.render.paper.PaperFormat;
import scot.pmo.render.paper.PaperRenderer;
import scot.pmo.render.paper.Provenance;
import scot.pmo.render.paper.RecordingCatalogue;
import scot.pmo.render.template.TemplateSet;
import scot.pmo.render.template.Templates;

/**
 * What each paper is made from, and so when it can be reused: the entities its model read (noted by
 * a {@link RecordingCatalogue}), the templates it is written with (the repository's or pmo's own),
 * {@code pmo.yaml}, the date it counts ages to, the format and pmo's version. From these, each
 * paper's provenance (the last commit that changed any of its files, rather than HEAD, so that a
 * commit that changes nothing a paper reads leaves it as it was) and the key its rendered bytes are
 * cached under: the SHA-256 of all of them, and of the paper's model itself.
 */
final class PaperInputs {

  /** A paper's model, and the entities it read, by path. */
  record Made(Paper paper, List<Entity> read) {}

  /** Changes whenever what the key covers, or how the papers are rendered from it, changes. */
  private static final String KEY_FORMAT = "pmo papers 3";

  private static final Provenance PLACEHOLDER =
      new Provenance("", "", "", false, Instant.EPOCH.toString());

  private final WorkflowContext context;
  private final PaperRenderer renderer;
  private final TemplateSet templates;
  private final Optional<Provenance> fixed;
  private final LastChanges changes;
  private final Supplier<Provenance> head;
  private final List<Entity> alsoRead = new ArrayList<>();
  private final byte[] config;
  private final Map<String, List<String>> used = new ConcurrentHashMap<>();

  /** The digest of each template's bytes, made once however many papers it writes. */
  private final Map<String, byte[]> templateDigests = new ConcurrentHashMap<>();

  /** When each file papers read was last modified, read once however many papers read it. */
  private final Map<String, Optional<Instant>> modifiedAt = new ConcurrentHashMap<>();

  private Provenance headProvenance;

  private PaperInputs(
      WorkflowContext context,
      PaperRenderer renderer,
      Optional<Provenance> fixed,
      LastChanges changes,
      Supplier<Provenance> head) {
    this.context = context;
    this.renderer = renderer;
    this.templates = new TemplateSet(context.repo());
    this.fixed = fixed;
    this.changes = changes;
    this.head = head;
    byte[] bytes;
    try {
      Path file = context.repo().resolve(Config.FILE);
      bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
    } catch (IOException e) {
      bytes = ("unreadable " + e).getBytes(StandardCharsets.UTF_8);
    }
    this.config = bytes;
  }

  /**
   * Every paper states {@code provenance}: that of {@code pmo.yaml}-less tests, or of a past day.
   */
  static PaperInputs fixed(WorkflowContext context, Provenance provenance, PaperRenderer renderer) {
    return new PaperInputs(
        context, renderer, Optional.of(provenance), LastChanges.none(), () -> provenance);
  }

  /**
   * Each paper states the last commit that changed any of its files; {@code head}, the provenance
   * of HEAD (with a note of uncommitted changes), where one of them is not committed or there is no
   * git.
   */
  static PaperInputs fromGit(
      WorkflowContext context, Supplier<Provenance> head, PaperRenderer renderer) {
    return new PaperInputs(context, renderer, Optional.empty(), context.lastChanges(), head);
  }

  /** Entities every paper reads, such as those that say who publishes the papers. */
  void alsoRead(List<Entity> entities) {
    alsoRead.addAll(entities);
  }

  /**
   * The paper {@code build} gives, reading through {@code reads}, with its provenance (as {@code
   * dress} completes it): built to learn what it reads, then given the provenance of those files.
   */
  Made make(
      RecordingCatalogue reads,
      List<PaperFormat> formats,
      UnaryOperator<Provenance> dress,
      Function<Provenance, Paper> build) {
    reads.begin();
    Paper paper = build.apply(dress.apply(fixed.orElse(PLACEHOLDER)));
    Map<String, Entity> all = new TreeMap<>();
    alsoRead.forEach(e -> all.put(e.path(), e));
    reads.read().forEach(e -> all.put(e.path(), e));
    List<Entity> read = List.copyOf(all.values());
    if (fixed.isPresent()) {
      return new Made(paper, read);
    }
    Set<String> files = new TreeSet<>();
    read.forEach(e -> files.add(e.path()));
    for (PaperFormat format : formats) {
      for (String name : templatesUsed(paper, format)) {
        if (templates.override(name).isPresent()) {
          files.add(Templates.FOLDER + "/" + name);
        }
      }
    }
    if (config.length > 0) {
      files.add(Config.FILE);
    }
    return new Made(paper.withProvenance(dress.apply(provenance(files))), read);
  }

  /**
   * The last commit that changed any of {@code files}; when one of them has changes not committed
   * or is in no commit read, or there is no git, HEAD's provenance at the time the files were last
   * modified ({@link #uncommitted}).
   */
  private Provenance provenance(Set<String> files) {
    if (changes.head().isEmpty()) {
      return uncommitted(files);
    }
    Commit newest = null;
    for (String file : files) {
      Commit last = changes.last().get(file);
      if (last == null || changes.uncommitted().contains(file)) {
        return uncommitted(files);
      }
      if (newest == null
          || Comparator.comparing(Commit::time).thenComparing(Commit::id).compare(last, newest)
              > 0) {
        newest = last;
      }
    }
    if (newest == null) {
      return headProvenance();
    }
    Config.Dates dates = context.config().dates();
    String date = dates.format().format(LocalDate.ofInstant(newest.time(), dates.timeZone()));
    return new Provenance(date, newest.id(), newest.shortId(), false, newest.time().toString());
  }

  /**
   * HEAD's provenance (its commit, with a note of changes not committed), dated when the newest of
   * {@code files} was last modified rather than when the paper was made: so that the same files
   * give the same paper, and the cache can reuse it, without git too. {@code SOURCE_DATE_EPOCH},
   * when set, dates it instead.
   */
  private Provenance uncommitted(Set<String> files) {
    Provenance head = headProvenance();
    if (BriefWorkflow.sourceDateEpoch().isPresent()) {
      return head;
    }
    Instant modified = null;
    for (String file : files) {
      Optional<Instant> time = modifiedAt.computeIfAbsent(file, this::lastModified);
      if (time.isPresent() && (modified == null || time.get().isAfter(modified))) {
        modified = time.get();
      }
    }
    if (modified == null) {
      return head;
    }
    Instant when = modified.truncatedTo(ChronoUnit.SECONDS);
    Config.Dates dates = context.config().dates();
    String date = dates.format().format(LocalDate.ofInstant(when, dates.timeZone()));
    return new Provenance(
        date, head.commit(), head.commitShort(), head.uncommitted(), when.toString());
  }

  /** When {@code file} was last modified; empty for a file gone since it was read. */
  private Optional<Instant> lastModified(String file) {
    try {
      return Optional.of(Files.getLastModifiedTime(context.repo().resolve(file)).toInstant());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private synchronized Provenance headProvenance() {
    if (headProvenance == null) {
      headProvenance = head.get();
    }
    return headProvenance;
  }

  /**
   * The digest of what {@code made} is, whatever the format: the paper's model (with its
   * provenance, and the ages it shows as of its date), the source of every entity it read, and
   * {@code pmo.yaml}. The model is all that the templates are given, so it alone would decide the
   * bytes; the entities' sources make the key change with any change to what the paper read, even
   * one it does not show.
   */
  byte[] digest(Made made) {
    MessageDigest digest = InputDigest.sha256();
    InputDigest.field(digest, "key", KEY_FORMAT);
    InputDigest.field(digest, "kind", made.paper().getClass().getName());
    InputDigest.field(digest, "model", made.paper().toString());
    for (Entity entity : made.read()) {
      InputDigest.field(digest, "entity", entity.path());
      InputDigest.field(digest, "source", SourceDigests.of(entity));
    }
    InputDigest.field(digest, "pmo.yaml", config);
    return digest.digest();
  }

  /**
   * The key of a paper whose {@link #digest} is {@code paper} in {@code format}: the SHA-256 of
   * pmo's version, the format, the templates and style sheet it is written with (each by the
   * SHA-256 of its bytes, made once per build rather than for each of thousands of papers), and the
   * digest. The date a paper counts ages to is in its model wherever it shows (the ages, "due by"
   * dates and the like), so a paper that shows none, a briefing paper, is not rendered again
   * because the latest change, and so the site's date, moved on.
   */
  String key(Paper paper, byte[] digest, PaperFormat format) {
    MessageDigest key = InputDigest.sha256();
    InputDigest.field(key, "version", InputDigest.PMO_BUILD);
    InputDigest.field(key, "format", format.name());
    for (String name : templatesUsed(paper, format)) {
      InputDigest.field(key, "template", name);
      InputDigest.field(key, "template digest", template(name));
    }
    InputDigest.field(key, "paper", digest);
    return HexFormat.of().formatHex(key.digest());
  }

  private List<String> templatesUsed(Paper paper, PaperFormat format) {
    // By the template a paper starts from, not by its class: one class (EntityPaper) serves every
    // kind of paper pmo.yaml declares, each with templates of its own.
    return used.computeIfAbsent(
        PaperRenderer.template(paper, format) + " " + format,
        k -> renderer.templatesUsed(paper, format));
  }

  private byte[] template(String name) {
    return templateDigests.computeIfAbsent(
        name,
        n -> {
          byte[] bytes;
          try {
            bytes = templates.bytes(n);
          } catch (RuntimeException e) {
            bytes = ("missing " + n).getBytes(StandardCharsets.UTF_8);
          }
          return InputDigest.sha256().digest(bytes);
        });
  }
}
