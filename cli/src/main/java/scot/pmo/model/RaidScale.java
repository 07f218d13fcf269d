package scot.pmo.model;

import java.util.List;
import java.util.Optional;

/**
 * How the programme rates its risks: a likelihood scale and an impact scale, each a list of labels
 * from the lowest (1) up, and the bands a score (likelihood × impact) falls into. A 5 × 5 matrix
 * with Low, Medium and High bands unless {@code pmo.yaml} says otherwise.
 *
 * @param likelihood the labels of likelihood 1, 2, … in order
 * @param impact the labels of impact 1, 2, … in order
 * @param bands the bands in order of rising score; the last reaches the highest score
 */
public record RaidScale(List<String> likelihood, List<String> impact, List<Band> bands) {

  /**
   * One band of scores.
   *
   * @param name what the band is called, e.g. "High"
   * @param max the highest score in it
   * @param rag the colour it is shown in: green, amber or red
   */
  public record Band(String name, int max, String rag) {}

  /** The 5 × 5 scale of common public-sector practice. */
  public static final RaidScale DEFAULT =
      new RaidScale(
          List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
          List.of("Minimal", "Minor", "Moderate", "Major", "Severe"),
          List.of(
              new Band("Low", 4, "green"),
              new Band("Medium", 12, "amber"),
              new Band("High", 25, "red")));

  public RaidScale {
    likelihood = List.copyOf(likelihood);
    impact = List.copyOf(impact);
    bands = List.copyOf(bands);
  }

  /** The top of the likelihood scale. */
  public int likelihoodLevels() {
    return likelihood.size();
  }

  /** The top of the impact scale. */
  public int impactLevels() {
    return impact.size();
  }

  /** The score of a rating: likelihood × impact. */
  public int score(int likelihood, int impact) {
    return likelihood * impact;
  }

  /** The band {@code score} falls into: the first whose maximum reaches it, else the last. */
  public Band band(int score) {
    for (Band band : bands) {
      if (score <= band.max()) {
        return band;
      }
    }
    return bands.get(bands.size() - 1);
  }

  /** The label of likelihood {@code level} (1-based), if it is on the scale. */
  public Optional<String> likelihoodLabel(int level) {
    return label(likelihood, level);
  }

  /** The label of impact {@code level} (1-based), if it is on the scale. */
  public Optional<String> impactLabel(int level) {
    return label(impact, level);
  }

  private static Optional<String> label(List<String> labels, int level) {
    return level >= 1 && level <= labels.size()
        ? Optional.of(labels.get(level - 1))
        : Optional.empty();
  }
}
