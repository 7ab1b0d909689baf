using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace TechLead.Benchmarks.Analyzer;

/// <summary>
/// The IDE case of <see cref="OneDocumentBenchmarks"/> as a quick probe (<c>-- one-document [pairs] [--warmup N]
/// [--rules Twenty,TwentyWithFiveMembers,Thousand] [--series] [--gc]</c>): the empty analyzer and TechLead interleaved on
/// the same edits, median time and allocated bytes of each, and the median of their difference per edit with its
/// min–max. Allocations are exact (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, one operation at a time, every
/// thread); times follow the load. The first edits are not counted: the empty analyzer's first three allocate about
/// 15 KiB more than later ones. One edit in twenty or so carries about 17 KiB of the runtime's or the driver's on
/// either side (<c>--series</c> shows each edit): the median is not moved by it, a mean would be. <c>--gc</c> collects
/// before every operation (it changed nothing).
/// </summary>
internal static class OneDocumentProbe
{
    public static void Run(string[] args)
    {
        var pairs = 30;
        var warmup = 5;
        var series = false;
        var collect = false;
        var sets = Enum.GetValues<OneDocumentRules>().ToList();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--warmup":
                    warmup = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--series":
                    series = true;
                    break;
                case "--gc":
                    collect = true;
                    break;
                case "--rules":
                    sets = [.. args[++i].Split(',').Select(Enum.Parse<OneDocumentRules>)];
                    break;
                default:
                    pairs = int.Parse(args[i], CultureInfo.InvariantCulture);
                    break;
            }
        }

        foreach (var rules in sets)
        {
            var benchmark = new OneDocumentBenchmarks { Rules = rules };
            benchmark.Setup();
            var empty = new List<(double Ms, long Bytes)>();
            var techLead = new List<(double Ms, long Bytes)>();
            for (var i = 0; i < pairs + warmup; i++)
            {
                var e = Measure(() => benchmark.EmptyAnalyzer().GetAwaiter().GetResult(), collect);
                var t = Measure(() => benchmark.TechLeadAnalyzer().GetAwaiter().GetResult(), collect);
                if (series)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i,4} empty {e.Bytes / 1024.0,8:F1} KiB {e.Ms,6:F1} ms  TechLead {t.Bytes / 1024.0,8:F1} KiB {t.Ms,6:F1} ms  own {(t.Bytes - e.Bytes) / 1024.0,6:F1} KiB  pool threads {ThreadPool.ThreadCount} GCs {GC.CollectionCount(0)}"));
                }

                if (i >= warmup)
                {
                    empty.Add(e);
                    techLead.Add(t);
                }
            }

            var deltas = empty.Zip(techLead, (a, b) => (Ms: b.Ms - a.Ms, Bytes: b.Bytes - a.Bytes)).ToList();
            var own = deltas.Select(x => x.Bytes / 1024.0).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rules.Describe()}: empty {Median(empty.Select(x => x.Ms)):F1} ms {Median(empty.Select(x => (double)x.Bytes)) / 1024:F0} KiB; " +
                $"TechLead {Median(techLead.Select(x => x.Ms)):F1} ms {Median(techLead.Select(x => (double)x.Bytes)) / 1024:F0} KiB; " +
                $"TechLead's own: {Median(deltas.Select(x => x.Ms)):F1} ms, {Median(own):F1} KiB ({own.Min():F1}–{own.Max():F1}) (median of {pairs} paired edits after {warmup})"));
        }
    }

    private static (double Ms, long Bytes) Measure(Action action, bool collect)
    {
        if (collect)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

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
