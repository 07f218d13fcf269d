package scot.pmo.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import scot.pmo.model.Kind;

/**
 * A kind named on the command line, by its name ({@code case-study}) or folder ({@code
 * case-studies}).
 */
final class KindConverter implements ITypeConverter<Kind> {

  @Override
  public Kind convert(String value) {
    return Kind.byName(value)
        .or(() -> Kind.byFolder(value))
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'" + value + "' is not a kind; the kinds are: " + Kind.names()));
  }
}
