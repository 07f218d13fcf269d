package scot.pmo.render.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.pmo.model.Audience;
import scot.pmo.model.Config;

/**
 * How to build the site.
 *
 * @param baseUrl the address the site is published at, ending in {@code /}; used only for the
 *     absolute addresses of {@code sitemap.xml}, the Atom feed and the calendar files
 * @param history dates and changes from git, or {@link SiteHistory#none()}
 * @param picture draws the interdependency map, or {@link GraphPicture#none()}
 * @param extras outputs written into the staging folder before the pages, such as papers
 * @param config what {@code pmo.yaml} says: the programme, title, language, look, dates, footer
 * @param asOf the date the site treats as today and counts ages to, when it is given ({@code
 *     --as-of}); otherwise the newest change in the history, or the newest date in the content
 * @param audience who the site is for: an internal site says so on every page, and the preview
 *     marks each draft and internal entity's page; the content given is already what it may see
 */
public record SiteOptions(
    Optional<String> baseUrl,
    SiteHistory history,
    GraphPicture picture,
    List<SiteExtra> extras,
    Config config,
    Optional<LocalDate> asOf,
    Audience audience) {

  public SiteOptions {
    baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
    extras = List.copyOf(extras);
  }

  /** No base URL, no history, no picture, no extras, the default configuration, for the public. */
  public static SiteOptions defaults() {
    return new SiteOptions(
        Optional.empty(),
        SiteHistory.none(),
        GraphPicture.none(),
        List.of(),
        Config.DEFAULT,
        Optional.empty(),
        Audience.PUBLIC);
  }

  public SiteOptions withBaseUrl(Optional<String> url) {
    return new SiteOptions(url, history, picture, extras, config, asOf, audience);
  }

  public SiteOptions withHistory(SiteHistory h) {
    return new SiteOptions(baseUrl, h, picture, extras, config, asOf, audience);
  }

  public SiteOptions withPicture(GraphPicture p) {
    return new SiteOptions(baseUrl, history, p, extras, config, asOf, audience);
  }

  public SiteOptions withExtras(List<SiteExtra> e) {
    return new SiteOptions(baseUrl, history, picture, e, config, asOf, audience);
  }

  public SiteOptions withConfig(Config c) {
    return new SiteOptions(baseUrl, history, picture, extras, c, asOf, audience);
  }

  public SiteOptions withAsOf(Optional<LocalDate> date) {
    return new SiteOptions(baseUrl, history, picture, extras, config, date, audience);
  }

  public SiteOptions withAudience(Audience a) {
    return new SiteOptions(baseUrl, history, picture, extras, config, asOf, a);
  }
}
