using System;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// infer on samples/Modular (which holds no violation) rediscovers what its own ADRs decided; and infer's bad input
/// answers as check's does.
/// </summary>
public sealed class InferTests
{
    private const string UnclosedProject = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework>\n";

    [Fact]
    public void On_the_modular_sample_it_rediscovers_module_independence_and_the_layers_and_impact_says_0()
    {
        using var modular = new ShopCopy("Modular");
        var output = Path.Combine(modular.Root, "proposals", "inferred.md");

        var run = modular.Run("infer", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("created ADR-0005 (proposed) with ", run.StdoutLines[0], StringComparison.Ordinal);
        var text = File.ReadAllText(output);
        // The analyzer, ArchUnitNET and NetArchTest agree on every candidate of the sample (rules/0045): a disagreement is a defect.
        Assert.DoesNotContain(run.StdoutLines, line => line.Contains("the engines disagree", StringComparison.Ordinal));
        Assert.DoesNotContain("the engines disagree", text, StringComparison.Ordinal);
        // ADR-0001's modules-independent, with the same modules and selectors: rediscovered, and not proposed again (rules/0033).
        Assert.Contains("not proposed again: independent modular-modules-independent is already enforced by accepted ADR-0001/modules-independent", run.StdoutLines);
        Assert.DoesNotContain("modular-modules-independent", text, StringComparison.Ordinal);
        Assert.Equal("next: review it, 'techlead impact ADR-0005 --adr-dir proposals' to see it flags nothing, then set status: accepted", run.StdoutLines[^1]);
        // ADR-0002's ordering-core-features-acyclic: rediscovered, and not proposed again.
        Assert.Contains("not proposed again: acyclic modular-modules-ordering-core-acyclic is already enforced by accepted ADR-0002/ordering-core-features-acyclic", run.StdoutLines);
        Assert.DoesNotContain("modular-modules-ordering-core-acyclic", text, StringComparison.Ordinal);
        // The layering ADR-0001..0004 describe: the host composes module Apis; cores use only the shared kernel.
        Assert.Contains("- id: layers\n  kind: layers\n  layers:\n    - name: Host\n      types: Modular.Host.**\n    - name: Api\n      types: Modular.Modules.*.Api.**\n    - name: Infra\n      types: Modular.Modules.*.Infra.**\n    - name: Core\n      types: Modular.Modules.*.Core.**\n    - name: Shared\n      types: Modular.Shared.**\n", text, StringComparison.Ordinal);
        // Today's map of the three top namespaces is a diagram candidate (rules/0037), ranked below the limit; two siblings get none.
        Assert.Contains("* `modular-diagram` (diagram): beyond the limit of 3 rule(s) for 33 types (one per 10), ranked below the rules proposed; --all proposes it", text, StringComparison.Ordinal);
        Assert.DoesNotContain("modular-shared-diagram", text, StringComparison.Ordinal);
        var set = AdrSet.Load([new AdrSourceFile(output, text)]);
        Assert.Empty(set.Diagnostics);
        Assert.Equal(AdrStatus.Proposed, Assert.Single(set.Documents).Status);

        // The impact infer names finds the ADR where it was written.
        var suggested = modular.Run("impact", "ADR-0005", "--adr-dir", "proposals", "--no-restore");
        Assert.True(suggested.ExitCode == 0, suggested.ToString());
        Assert.Equal($"if accepted, its {set.Rules.Count} rule(s) would report 0 violation(s) today", suggested.StdoutLines[1]);

        // impact looks in the ADR folder: put it there, as a lead would after reading it.
        File.Move(output, Path.Combine(modular.AdrDirectory, "0005-inferred.md"));
        var impact = modular.Run("impact", "ADR-0005", "--no-restore");
        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Equal($"if accepted, its {set.Rules.Count} rule(s) would report 0 violation(s) today", impact.StdoutLines[1]);
    }

    [Fact]
    public void A_solution_that_does_not_load_gives_the_same_one_line_error_as_check()
    {
        using var repo = new TempRepo();
        repo.Write("Bad/Bad.csproj", UnclosedProject);
        repo.Write("All.slnx", "<Solution>\n  <Project Path=\"Bad/Bad.csproj\" />\n</Solution>\n");

        var check = repo.Run("check", "--no-restore");
        var infer = repo.Run("infer", "--no-restore");

        infer.AssertBadInput("All.slnx did not load: Msbuild failed when processing the file '");
        Assert.Equal(check.StderrLines, infer.StderrLines);
        Assert.Equal(check.ExitCode, infer.ExitCode);
        Assert.Empty(Directory.GetFiles(repo.AdrDirectory));
    }

    [Fact]
    public void Without_an_adr_folder_or_out_it_says_where_to_write_before_loading_anything()
    {
        using var repo = new TempRepo();
        Directory.Delete(repo.AdrDirectory);
        repo.Write("App/App.csproj", UnclosedProject);

        repo.Run("infer", "App/App.csproj", "--no-restore").AssertBadInput("no docs/adr folder found at or above the solution's folder; create one ('techlead init') or pass --out FILE");
        repo.Run("infer", "Missing.sln").AssertBadInput("path 'Missing.sln' does not exist");
    }
}
