namespace TechLead.Cli.Tests.Support;

/// <summary>The collection of tests that change the process's local time zone: they run alone, never beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LocalTimeZone
{
    public const string Name = "Local time zone";
}
