using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL9001AdrUnreadableTests
{
    private const string UnclosedBracket = "'[' is never closed; end the list with ']' (e.g. 'from: [Shop.Domain.**, Shop.Api.**]'), or write one '- item' per line without brackets";

    [Fact]
    public Task Yaml_syntax_error_is_reported_inside_the_ADR_file() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr("---\nid: ADR-0001\ntitle: {|#0:[|}unclosed\n---\n# T\n")
            .Expect(Diagnostic("TL9001", 0, UnclosedBracket))
            .RunAsync();

    [Fact]
    public Task Unclosed_bracket_before_the_next_key_is_reported_at_the_bracket_not_as_a_crash() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr(Adrs.WithRules(
                """
                  - id: domain-no-infra
                    kind: forbid
                    from: {|#0:[|}Shop.Domain.**
                    to: Shop.Infrastructure.**
                """))
            .Expect(Diagnostic("TL9001", 0, UnclosedBracket))
            .RunAsync();
}
