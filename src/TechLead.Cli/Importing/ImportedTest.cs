namespace TechLead.Cli.Importing;

/// <summary>
/// One test method of an imported test class. It is <see cref="FullyImported"/> when it made at least one rule and
/// nothing inside it is listed under "Not imported": every assertion it makes is now a rule.
/// </summary>
internal sealed record ImportedTest(string Location, string Name, int Rules, int NotImported)
{
    public bool FullyImported => Rules > 0 && NotImported == 0;
}
