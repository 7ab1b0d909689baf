using System.Threading;
using Xunit.Abstractions;

namespace TechLead.Fitness.Xunit;

/// <summary>The running case's output (flows into the test method through the async context).</summary>
internal static class FitnessOutput
{
    private static readonly AsyncLocal<ITestOutputHelper?> CurrentHelper = new();

    public static ITestOutputHelper? Current
    {
        get => CurrentHelper.Value;
        set => CurrentHelper.Value = value;
    }

    public static void WriteLine(string line)
    {
        if (Current is { } helper)
        {
            helper.WriteLine(line);
        }
        else
        {
            System.Console.WriteLine(line);
        }
    }
}
