using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace TechLead.Benchmarks.Analyzer;

/// <summary>
/// The IDE case of <see cref="OneDocumentBenchmarks"/> as a quick probe (<c>-- one-document [iterations]</c>): the empty
/// analyzer and TechLead interleaved on the same edits, median time and allocated bytes of each, and their difference.
/// Allocations are exact (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, one operation at a time); times follow the load.
/// </summary>
internal static class OneDocumentProbe
{
    public static void Run(int iterations)
    {
        foreach (var rules in new[] { 20, 1000 })
        {
            var benchmark = new OneDocumentBenchmarks { RuleCount = rules };
            benchmark.Setup();
            var empty = new List<(double Ms, long Bytes)>();
            var techLead = new List<(double Ms, long Bytes)>();
            for (var i = 0; i < iterations + 2; i++)
            {
                var e = Measure(() => benchmark.EmptyAnalyzer().GetAwaiter().GetResult());
                var t = Measure(() => benchmark.TechLeadAnalyzer().GetAwaiter().GetResult());
                if (i >= 2)
                {
                    empty.Add(e);
                    techLead.Add(t);
                }
            }

            var deltas = empty.Zip(techLead, (a, b) => (Ms: b.Ms - a.Ms, Bytes: b.Bytes - a.Bytes)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rules {rules}: empty {Median(empty.Select(x => x.Ms)):F1} ms {Median(empty.Select(x => (double)x.Bytes)) / 1024:F0} KiB; " +
                $"TechLead {Median(techLead.Select(x => x.Ms)):F1} ms {Median(techLead.Select(x => (double)x.Bytes)) / 1024:F0} KiB; " +
                $"TechLead's own: {Median(deltas.Select(x => x.Ms)):F1} ms, {Median(deltas.Select(x => (double)x.Bytes)) / 1024:F0} KiB (median of {iterations} paired edits)"));
        }
    }

    private static (double Ms, long Bytes) Measure(Action action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
