using BenchmarkDotNet.Running;

namespace TechLead.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/TechLead.Benchmarks -- --filter *</c>; the banned-API stopwatch duel: <c>-- banned-api-hot-path [runs]</c>.</summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["banned-api-hot-path", ..])
        {
            Analyzer.BannedApiHotPath.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
