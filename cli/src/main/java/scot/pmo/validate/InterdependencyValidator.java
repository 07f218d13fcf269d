package scot.pmo.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import scot.pmo.model.Catalogue;
import scot.pmo.model.DependencyCycles;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;

/**
 * Checks the interdependency records of the RAID log against each other. The project that depends
 * on another owns the interdependency: its record ({@code relation: depends-on}) is enough on its
 * own. A record that says another project depends on this one ({@code depended-on-by}) is one-sided
 * until the dependent project records it too; and two records of the same dependency must agree on
 * its status.
 */
public final class InterdependencyValidator implements Validator {

  /** One record of "dependent depends on provider", as the record's project states it. */
  private record Claim(Entity record, String dependent, String provider, boolean byDependent) {}

  @Override
  public void validate(Catalogue catalogue, Diagnostics diagnostics) {
    List<Claim> claims = new ArrayList<>();
    for (Entity record : catalogue.of(Kind.INTERDEPENDENCY)) {
      String project = record.text("project").orElse(null);
      String other = record.text("with").orElse(null);
      String relation = record.text("relation").orElse(null);
      if (project == null || other == null) {
        continue;
      }
      if (project.equals(other)) {
        diagnostics.add(
            Diagnostic.error(
                "self-interdependency",
                record.positions().value("/with"),
                "the interdependency is between '" + project + "' and itself",
                "name the other project, programme or organisation in 'with'"));
        continue;
      }
      // An escalated record without its date skips a step of its lifecycle: the working rules
      // report that (lifecycle-skip), so that pmo.yaml can set how serious it is.
      if (record.text("status").orElse("").equals("escalated")
          && record.text("escalated_to").isEmpty()) {
        diagnostics.add(
            Diagnostic.warning(
                "escalation-incomplete",
                record.positions().value("/status"),
                "the record is escalated but does not say to whom",
                "add 'escalated_to:' with the id of the group it went to, such as the"
                    + " programme's governance group"));
      }
      if ("depends-on".equals(relation)) {
        claims.add(new Claim(record, project, other, true));
      } else if ("depended-on-by".equals(relation)) {
        claims.add(new Claim(record, other, project, false));
      }
    }
    reportCycles(claims, diagnostics);
    for (Claim claim : claims) {
      List<Claim> same =
          claims.stream()
              .filter(
                  c ->
                      c != claim
                          && c.dependent.equals(claim.dependent)
                          && c.provider.equals(claim.provider))
              .toList();
      boolean dependentIsProject =
          catalogue.get(claim.dependent).map(e -> e.kind() == Kind.PROJECT).orElse(false);
      if (!claim.byDependent && dependentIsProject && same.stream().noneMatch(Claim::byDependent)) {
        diagnostics.add(
            Diagnostic.warning(
                "one-sided-interdependency",
                claim.record.positions().value("/relation"),
                "'"
                    + claim.provider
                    + "' records that '"
                    + claim.dependent
                    + "' depends on it,"
                    + " but '"
                    + claim.dependent
                    + "' ("
                    + catalogue.get(claim.dependent).map(Entity::path).orElse("")
                    + ") has no record that it depends on '"
                    + claim.provider
                    + "'",
                "add a record with 'project: "
                    + claim.dependent
                    + "', 'relation: depends-on' and"
                    + " 'with: "
                    + claim.provider
                    + "' under content/interdependencies/, or correct"
                    + " this one"));
      }
      for (Claim other : same) {
        String mine = claim.record.text("status").orElse("");
        String theirs = other.record.text("status").orElse("");
        // Report each disagreeing pair once, from the record that sorts first.
        if (!Objects.equals(mine, theirs)
            && claim.record.path().compareTo(other.record.path()) < 0) {
          diagnostics.add(
              Diagnostic.warning(
                  "contradictory-interdependency",
                  claim.record.positions().value("/status"),
                  "this record says '"
                      + claim.dependent
                      + "' depends on '"
                      + claim.provider
                      + "' with status '"
                      + mine
                      + "', but "
                      + other.record.positions().value("/status")
                      + " says the status is '"
                      + theirs
                      + "'",
                  "agree the status between the two projects and record the same status in both"));
        }
      }
      // A's record says A depends on B; B's record says B depends on A.
      List<Claim> reverse =
          claims.stream()
              .filter(
                  c ->
                      claim.byDependent
                          && c.byDependent
                          && c.dependent.equals(claim.provider)
                          && c.provider.equals(claim.dependent)
                          && claim.record.path().compareTo(c.record.path()) < 0)
              .toList();
      for (Claim other : reverse) {
        diagnostics.add(
            Diagnostic.warning(
                "contradictory-interdependency",
                claim.record.positions().value("/relation"),
                "this record says '"
                    + claim.dependent
                    + "' depends on '"
                    + claim.provider
                    + "', but "
                    + other.record.positions().value("/relation")
                    + " says the opposite: '"
                    + other.dependent
                    + "' depends on '"
                    + other.provider
                    + "'",
                "agree the direction between the two projects and correct one of the records"));
      }
    }
  }

  private static void reportCycles(List<Claim> claims, Diagnostics diagnostics) {
    List<DependencyCycles.Arc> arcs =
        claims.stream()
            .map(c -> new DependencyCycles.Arc(c.dependent, c.provider))
            .distinct()
            .toList();
    for (List<String> cycle : DependencyCycles.find(arcs)) {
      String first = cycle.get(0);
      String second = cycle.get(1 % cycle.size());
      if (cycle.size() == 2 && ownedBothWays(claims, first, second)) {
        continue; // reported as a contradiction between the two projects' records
      }
      Claim at =
          claims.stream()
              .filter(c -> c.dependent.equals(first) && c.provider.equals(second))
              .findFirst()
              .orElseThrow();
      diagnostics.add(
          Diagnostic.warning(
              "dependency-cycle",
              at.record.positions().value("/with"),
              "the projects depend on each other in a circle: "
                  + String.join(" → ", cycle)
                  + " → "
                  + first,
              "a circle of dependencies means none can finish first: agree which dependency to"
                  + " break, and resolve or correct its record"));
    }
  }

  private static boolean ownedBothWays(List<Claim> claims, String a, String b) {
    return claims.stream()
            .anyMatch(c -> c.byDependent && c.dependent.equals(a) && c.provider.equals(b))
        && claims.stream()
            .anyMatch(c -> c.byDependent && c.dependent.equals(b) && c.provider.equals(a));
  }

  /** Reads the interdependency records, and of other entities only their kinds and paths. */
  @Override
  public boolean affectedBy(Entity before, Entity after) {
    return before.kind() == Kind.INTERDEPENDENCY;
  }
}
