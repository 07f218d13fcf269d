package scot.pmo.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;

/**
 * Checks each project's team against the roles: who may hold a role (a person, an organisation, or
 * unnamed volunteers), which seniority it needs, and how many holders it allows.
 */
public final class RoleValidator implements Validator {

  @Override
  public void validate(Catalogue catalogue, Diagnostics diagnostics) {
    for (Entity project : catalogue.of(Kind.PROJECT)) {
      JsonNode team = project.data().path("team");
      if (!team.isArray()) {
        continue; // a team that is not a list is reported by the schema check
      }
      Map<String, Integer> holders = new HashMap<>();
      for (int i = 0; i < team.size(); i++) {
        JsonNode entry = team.get(i);
        String pointer = "/team/" + i;
        Optional<Entity> role = entity(catalogue, entry.path("role"), Kind.ROLE);
        if (role.isEmpty()) {
          continue; // a missing role is reported by the reference check
        }
        String heldBy = role.get().text("held_by").orElse("");
        boolean hasPerson = entry.hasNonNull("person");
        boolean hasOrganisation = entry.hasNonNull("organisation");
        String roleTitle = role.get().title();
        if (hasPerson && hasOrganisation) {
          // reported by the schema check as conflicting fields
        } else if (hasPerson && !heldBy.equals("person") && !heldBy.equals("volunteers")) {
          diagnostics.add(holderKind(project, pointer + "/person", roleTitle, heldBy));
        } else if (hasOrganisation && !heldBy.equals("organisation")) {
          diagnostics.add(holderKind(project, pointer + "/organisation", roleTitle, heldBy));
        }
        if (hasPerson || hasOrganisation) {
          holders.merge(role.get().id(), 1, Integer::sum);
        }
        Optional<Entity> person = entity(catalogue, entry.path("person"), Kind.PERSON);
        List<String> eligible = role.get().texts("eligible_seniority");
        if (person.isPresent() && !eligible.isEmpty()) {
          String seniority = person.get().text("seniority").orElse("");
          if (!eligible.contains(seniority)) {
            diagnostics.add(
                Diagnostic.error(
                    "role-ineligible",
                    project.positions().value(pointer + "/person"),
                    person.get().title()
                        + " ("
                        + seniority
                        + ") cannot hold the role "
                        + roleTitle
                        + ", which needs a person of seniority "
                        + String.join(" or ", eligible),
                    "name someone who is "
                        + String.join(" or ", eligible)
                        + ", or correct the"
                        + " seniority in "
                        + person.get().path()));
          }
        }
        int max = role.get().text("max_holders").map(RoleValidator::number).orElse(0);
        if (max > 0 && holders.getOrDefault(role.get().id(), 0) == max + 1) {
          diagnostics.add(
              Diagnostic.error(
                  "too-many-role-holders",
                  project.positions().value(pointer),
                  "the role "
                      + roleTitle
                      + " may have at most "
                      + holdersText(max)
                      + " in a project, and this is one more",
                  "keep "
                      + holdersText(max)
                      + " of "
                      + roleTitle
                      + ", or change 'max_holders' in "
                      + role.get().path()));
        }
      }
    }
  }

  private static Diagnostic holderKind(
      Entity project, String pointer, String roleTitle, String heldBy) {
    String wanted =
        switch (heldBy) {
          case "organisation" -> "an organisation ('organisation: ...')";
          case "volunteers" -> "volunteers, named as people or not at all";
          default -> "a person ('person: ...')";
        };
    return Diagnostic.error(
        "role-holder-kind",
        project.positions().value(pointer),
        "the role "
            + roleTitle
            + " is held by "
            + wanted
            + ", not by "
            + (pointer.endsWith("/organisation") ? "an organisation" : "a person"),
        "change the entry to name " + wanted);
  }

  private static Optional<Entity> entity(Catalogue catalogue, JsonNode id, Kind kind) {
    return id.isTextual()
        ? catalogue.get(id.textValue()).filter(e -> e.kind() == kind)
        : Optional.empty();
  }

  private static String holdersText(int n) {
    return n == 1 ? "one holder" : n + " holders";
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Reads the projects' teams, the roles, and the people and organisations holding them. */
  @Override
  public boolean affectedBy(Entity before, Entity after) {
    return switch (before.kind()) {
      case PROJECT, ROLE, PERSON, ORGANISATION -> true;
      default -> false;
    };
  }
}
