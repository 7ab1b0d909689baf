using System.Reflection;
using System.Runtime.CompilerServices;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Tests.Parsing;

/// <summary>
/// A cold compiler whose ADRs are all in the YAML subset must not load YamlDotNet (rules/0054, rules/0060). The load
/// happened anyway while the ReadyToRun image inlined the fallback into <c>YamlChunkReader.Read</c>: the inlined
/// <c>new YamlTreeReader(...)</c> needs that type, whose fields are YamlDotNet's, before the subset reader runs. Only
/// a precompiled image shows it (this test process runs JIT-compiled code and has YamlDotNet loaded by other tests),
/// so the guard is on the one thing that keeps it away: the fallback is a separate method that is never inlined.
/// </summary>
public sealed class YamlChunkReaderTests
{
    [Fact]
    public void The_yamldotnet_fallback_is_a_method_of_its_own_that_is_never_inlined()
    {
        var fallback = typeof(YamlChunkReader).GetMethod("ReadWithYamlDotNet", BindingFlags.NonPublic | BindingFlags.Static);

        Assert.NotNull(fallback);
        Assert.True((fallback!.MethodImplementationFlags & MethodImplAttributes.NoInlining) != 0, "inlined into Read, the fallback loads YamlDotNet in every cold compiler");
    }

    [Fact]
    public void The_subset_is_read_without_the_fallback_and_anything_else_by_yamldotnet()
    {
        var diagnostics = new System.Collections.Generic.List<TechLead.Rules.Model.AdrDiagnostic>();
        var subset = "id: ADR-0001\nstatus: accepted\n";
        var outside = "id: &anchor ADR-0001\nstatus: *anchor\n";

        Assert.True(SubsetYamlReader.TryRead(subset, 0, new TechLead.Rules.Parsing.LineMap(subset), out _));
        Assert.False(SubsetYamlReader.TryRead(outside, 0, new TechLead.Rules.Parsing.LineMap(outside), out _));
        Assert.Null(YamlChunkReader.Read(outside, 0, new TechLead.Rules.Parsing.LineMap(outside), "docs/adr/0001.md", diagnostics));
        Assert.Contains(diagnostics, d => d.Id == TechLead.Rules.DiagnosticIds.AdrUnreadable);
    }
}
