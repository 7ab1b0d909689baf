using TechLead.Cli.Checking;

namespace TechLead.Cli.Tests.Support;

/// <summary>Progress that goes nowhere.</summary>
internal sealed class NoCheckProgress : ICheckProgress
{
    public void Report(string stage)
    {
    }

    public void Log(string line)
    {
    }
}
