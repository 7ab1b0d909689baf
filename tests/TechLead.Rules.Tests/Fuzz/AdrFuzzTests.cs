using System;
using System.Diagnostics;
using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using Xunit.Abstractions;

namespace TechLead.Rules.Tests.Fuzz;

/// <summary>
/// Spec section 8 under pressure: 12,000 randomly mutated ADRs, and every structural typo of the seeds
/// (<see cref="StructuredMutations"/>: each bracket, brace and quote left open, openers inserted at every
/// position, lines dropped, duplicated and re-indented). No exception escapes, every input finishes
/// (a hang detector, not a speed test), every problem is a located TL9xxx inside the file that never asks
/// to be reported, and a good file loaded alongside keeps all its rules.
/// </summary>
[Collection(HeavyInputSuites.Name)]
public sealed class AdrFuzzTests(ITestOutputHelper output)
{
    private const int Variants = 12_000;

    /// <summary>Generous: a hang, not a slow machine, is what this catches.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(5);

    private const string GoodAdr = "---\nid: ADR-9999\nstatus: accepted\nrules:\n  - { id: keep-me, kind: forbid, from: Good.**, to: Bad.** }\n---\n";

    [Fact]
    public void Mutated_adrs_never_crash_hang_or_point_outside_the_file()
    {
        var mutator = new AdrMutator(seed: 20261125);
        var diagnosticsSeen = 0;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < Variants; i++)
        {
            var text = mutator.Mutate(FuzzSeeds.All[i % FuzzSeeds.All.Length]);
            var watch = Stopwatch.StartNew();
            AdrSet set;
            try
            {
                set = AdrSet.Load([new AdrSourceFile("docs/adr/0007-fuzz.md", text), new AdrSourceFile("docs/adr/9999-good.md", GoodAdr)]);
            }
            catch (Exception escaped)
            {
                Assert.Fail($"variant {i} threw {escaped.GetType().Name}: {escaped.Message}\n--- input ---\n{text}");
                return;
            }

            watch.Stop();
            var elapsed = watch.Elapsed < HangBound ? watch.Elapsed : TimedAgain(text);
            slowest = elapsed > slowest ? elapsed : slowest;
            Assert.True(elapsed < HangBound, $"variant {i} took {watch.Elapsed}, and {elapsed} again:\n{text}");
            var lineCount = text.Split('\n').Length;
            foreach (var diagnostic in set.Diagnostics.Where(d => d.Path.EndsWith("0007-fuzz.md", StringComparison.Ordinal)))
            {
                diagnosticsSeen++;
                Assert.StartsWith("TL9", diagnostic.Id, StringComparison.Ordinal);
                Assert.False(diagnostic.Message.Contains("please report", StringComparison.Ordinal), $"variant {i}: {diagnostic}\n--- input ---\n{text}");
                Assert.InRange(diagnostic.Span.Start, 0, text.Length);
                Assert.InRange(diagnostic.Span.Start + diagnostic.Span.Length, 0, text.Length);
                Assert.InRange(diagnostic.Span.StartLine, 0, lineCount - 1);
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
            }

            Assert.DoesNotContain(set.Diagnostics, d => d.Path.EndsWith("9999-good.md", StringComparison.Ordinal) && d.Id != "TL9003");
            if (!set.Diagnostics.Any(d => d.Id == "TL9003"))
            {
                Assert.Contains(set.ActiveRules, r => r.QualifiedId == "ADR-9999/keep-me");
            }
        }

        output.WriteLine($"{Variants} variants, {diagnosticsSeen} diagnostics, slowest {slowest.TotalMilliseconds:F0} ms");
        Assert.True(diagnosticsSeen > Variants / 4, "the mutations should mostly produce problems; the fuzzer is not biting");
    }

    // A hang repeats on the same input; a pause of a loaded machine (the whole suite runs side by side on 2 cores) does not.
    private static TimeSpan TimedAgain(string text)
    {
        var watch = Stopwatch.StartNew();
        AdrSet.Load([new AdrSourceFile("docs/adr/0007-fuzz.md", text), new AdrSourceFile("docs/adr/9999-good.md", GoodAdr)]);
        return watch.Elapsed;
    }

    [Fact]
    public void Structural_typos_are_located_problems_never_crashes()
    {
        var variants = 0;
        var watch = Stopwatch.StartNew();
        foreach (var seed in FuzzSeeds.All)
        {
            foreach (var (name, text) in StructuredMutations.Of(seed))
            {
                variants++;
                AdrSet set;
                try
                {
                    set = AdrSet.FromParsed([AdrParser.Parse("docs/adr/0007-fuzz.md", text)]);
                }
                catch (Exception escaped)
                {
                    Assert.Fail($"{name} threw {escaped.GetType().Name}: {escaped.Message}\n--- input ---\n{text}");
                    return;
                }

                var lineCount = text.Split('\n').Length;
                foreach (var diagnostic in set.Diagnostics)
                {
                    var context = $"{name}: {diagnostic}\n--- input ---\n{text}";
                    Assert.True(diagnostic.Id.StartsWith("TL9", StringComparison.Ordinal), context);
                    Assert.DoesNotContain("please report", diagnostic.Message, StringComparison.Ordinal);
                    Assert.True(diagnostic.Span.Start >= 0 && diagnostic.Span.Start + diagnostic.Span.Length <= text.Length, context);
                    Assert.True(diagnostic.Span.StartLine < lineCount, context);
                    Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), context);
                }
            }
        }

        output.WriteLine($"{variants} structural variants in {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void The_seeds_themselves_are_valid()
    {
        foreach (var seed in FuzzSeeds.All)
        {
            var result = AdrParser.Parse("docs/adr/0001-seed.md", seed);
            Assert.Empty(result.Diagnostics);
            Assert.NotEmpty(result.Document!.Rules);
        }

        Assert.Equal(Enum.GetValues<RuleKind>().Length, FuzzSeeds.All.SelectMany(s => AdrParser.Parse("x.md", s).Document!.Rules).Select(r => r.Kind).Distinct().Count());
    }
}
