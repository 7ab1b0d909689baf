using System.Globalization;

namespace TechLead.Rules.Model;

/// <summary>How a numbered ADR's id is written: <c>ADR-0007</c> for number 7, whether a tool gives it or a file name implies it.</summary>
public static class AdrIds
{
    public const string Prefix = "ADR-";

    public static string Of(int number) => Prefix + number.ToString("D4", CultureInfo.InvariantCulture);
}
