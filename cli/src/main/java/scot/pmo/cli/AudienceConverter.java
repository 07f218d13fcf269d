package scot.pmo.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import scot.pmo.model.Audience;

/** Reads {@code --audience}: public or internal, in any case; the preview is not one to ask for. */
final class AudienceConverter implements ITypeConverter<Audience> {

  @Override
  public Audience convert(String value) {
    return Audience.ofBuild(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'" + value + "' is not an audience: use public or internal"));
  }
}
