using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL9005BrokenSupersessionTests
{
    [Fact]
    public Task Superseded_without_superseded_by_is_a_warning_in_the_ADR() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr("---\nid: ADR-0003\nstatus: {|#0:superseded|}\n---\n# Old\n", "/repo/docs/adr/0003-old.md")
            .Expect(new DiagnosticResult("TL9005", DiagnosticSeverity.Warning).WithLocation(0).WithMessage("ADR-0003 is superseded but has no 'superseded-by'; add 'superseded-by: ADR-xxxx' naming the decision that replaces it"))
            .RunAsync();
}
