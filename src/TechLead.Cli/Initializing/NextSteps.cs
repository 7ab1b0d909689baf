using System.IO;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Initializing;

/// <summary>The three things a lead does after <c>techlead init</c>: build, write a decision with a rule, accept it.</summary>
internal static class NextSteps
{
    public static void Write(TextWriter output, InitPlan plan, bool feedGiven)
    {
        var folder = PathDisplay.Relative(plan.AdrDirectory);
        output.WriteLine();
        output.WriteLine("Next steps:");
        output.WriteLine($"  1. dotnet build: the analyzer now checks every project against the rules in {folder}" +
            (feedGiven ? "." : " (restore needs TechLead.Analyzers on a package source; 'techlead init --feed DIR' adds a folder of packed packages)."));
        output.WriteLine($"  2. techlead adr new \"Domain stays persistence-ignorant\": write its rule in the techlead block under Confirmation, then 'techlead impact {plan.NextAdrId}' shows what it would flag today.");
        output.WriteLine($"  3. Set 'status: accepted' in {plan.NextAdrId}: its violations then fail the build; 'techlead baseline create' freezes the ones that exist today.");
    }
}
