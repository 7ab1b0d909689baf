using BenchmarkDotNet.Running;

namespace TechLead.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/TechLead.Benchmarks -- --filter *</c>; the banned-API stopwatch duel: <c>-- banned-api-hot-path [runs]</c>; the IDE probe: <c>-- one-document [iterations]</c>; the three engines on any solution: <c>-- differential App.sln</c>; both fitness engines' findings for an ADR folder: <c>-- fitness adr-dir a.dll ...</c>.</summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["banned-api-hot-path", ..])
        {
            Analyzer.BannedApiHotPath.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
            return;
        }

        if (args is ["differential", _, ..])
        {
            System.Environment.Exit(Differential.DifferentialRun.Run(args[1..]));
        }

        if (args is ["fitness", var adrDirectory, .. var assemblies])
        {
            System.Environment.Exit(Differential.FitnessFindings.Run(adrDirectory, assemblies));
        }

        if (args is ["il-uses", var assembly, var type, var target])
        {
            Differential.IlUses.Run(assembly, type, target);
            return;
        }

        if (args is ["one-document", ..])
        {
            Analyzer.OneDocumentProbe.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
