package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.List;
import scot.pmo.model.Audience;
import scot.pmo.model.Entity;
import scot.pmo.render.site.Pages.Notice;

/**
 * The notices at the top of a page that say who may read it, in words rather than colour alone:
 * every page of an internal site says it is internal, and the preview marks the page of each draft
 * and internal entity, which the public site leaves out.
 */
final class AudienceNotices {

  private AudienceNotices() {}

  /** The notices of a page of a site for {@code audience}: of {@code entity}'s page if not null. */
  static List<Notice> of(Audience audience, Entity entity) {
    List<Notice> notices = new ArrayList<>();
    if (audience == Audience.INTERNAL) {
      notices.add(
          new Notice(
              "internal",
              "Internal",
              "This site is for the programme team only, and includes content and contact"
                  + " details that are not published. Do not share it outside the team."));
    }
    if (audience == Audience.PREVIEW && entity != null) {
      if (Audience.isDraft(entity)) {
        notices.add(
            new Notice(
                "draft",
                "Draft",
                "This page is a draft: only this preview shows it. Remove 'draft: true' from "
                    + entity.path()
                    + " to publish it."));
      }
      if (Audience.isInternal(entity)) {
        notices.add(
            new Notice(
                "internal",
                "Internal",
                "Only the internal build (pmo build --audience internal) publishes this page;"
                    + " the public site leaves it out."));
      }
    }
    return notices;
  }
}
