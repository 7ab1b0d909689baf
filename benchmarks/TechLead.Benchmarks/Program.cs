using BenchmarkDotNet.Running;

namespace TechLead.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/TechLead.Benchmarks -- --filter *</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
