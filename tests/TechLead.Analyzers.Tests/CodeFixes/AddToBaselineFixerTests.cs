using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TechLead.Analyzers.CodeFixes;
using Report = TechLead.Analyzers.Tests.CodeFixes.ScriptedTechLeadAnalyzer.Report;

namespace TechLead.Analyzers.Tests.CodeFixes;

public sealed class AddToBaselineFixerTests
{
    private const string BaselinePath = "/repo/techlead.baseline.json";

    private static readonly Report ForbiddenDbContext = new("TL0002", "ShopContext", Rule: "domain-no-infra", To: "T:Shop.Infrastructure.ShopContext")
    {
        When = (token, _) => token.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax,
    };

    private const string Infrastructure = """
        namespace Shop.Infrastructure
        {
            public sealed class ShopContext
            {
            }
        }

        """;

    private const string Domain = """
        namespace Shop.Domain
        {
            internal sealed class Order
            {
                private Shop.Infrastructure.{|TL0002:ShopContext|}? _context;
            }
        }

        """;

    private const string DomainFixed = """
        namespace Shop.Domain
        {
            internal sealed class Order
            {
                private Shop.Infrastructure.ShopContext? _context;
            }
        }

        """;

    [Fact]
    public async Task Without_a_baseline_one_is_added_with_the_violation()
    {
        var test = new CodeFixTest<AddToBaselineFixer>(ForbiddenDbContext)
        {
            TestState = { Sources = { Infrastructure + Domain } },
            FixedState =
            {
                Sources = { Infrastructure + DomainFixed },
                AdditionalFiles =
                {
                    // No TechLeadBaseline or TechLeadRepositoryRoot and a project without a path: the bare file name.
                    ("techlead.baseline.json", SourceText.From("""
                        {
                          "version": 1,
                          "entries": [
                            {
                              "adr": "ADR-0007",
                              "rule": "domain-no-infra",
                              "from": "T:Shop.Domain.Order",
                              "to": "T:Shop.Infrastructure.ShopContext",
                              "count": 1
                            }
                          ]
                        }

                        """, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false))),
                },
            },
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task An_existing_baseline_keeps_its_entries_and_fields_and_gets_the_new_one_in_order()
    {
        var test = new CodeFixTest<AddToBaselineFixer>(ForbiddenDbContext)
        {
            TestState =
            {
                Sources = { Infrastructure + Domain },
                AdditionalFiles =
                {
                    (BaselinePath, """
                        {
                          "version": 1,
                          "entries": [
                            { "adr": "ADR-0012", "rule": "ubiquitous-language", "from": "T:Shop.Client", "to": "", "count": 2, "reason": "legacy", "owner": "@acme/crm", "expires": "2099-01-31" },
                            { "adr": "ADR-0001", "rule": "layering", "from": "T:Shop.Api.Program", "to": "T:Shop.Domain.Order", "count": 1 }
                          ]
                        }
                        """),
                },
            },
            FixedState =
            {
                Sources = { Infrastructure + DomainFixed },
                AdditionalFiles =
                {
                    (BaselinePath, """
                        {
                          "version": 1,
                          "entries": [
                            {
                              "adr": "ADR-0001",
                              "rule": "layering",
                              "from": "T:Shop.Api.Program",
                              "to": "T:Shop.Domain.Order",
                              "count": 1
                            },
                            {
                              "adr": "ADR-0007",
                              "rule": "domain-no-infra",
                              "from": "T:Shop.Domain.Order",
                              "to": "T:Shop.Infrastructure.ShopContext",
                              "count": 1
                            },
                            {
                              "adr": "ADR-0012",
                              "rule": "ubiquitous-language",
                              "from": "T:Shop.Client",
                              "to": "",
                              "count": 2,
                              "reason": "legacy",
                              "owner": "@acme/crm",
                              "expires": "2099-01-31"
                            }
                          ]
                        }

                        """),
                },
            },
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_adds_every_violation_in_one_edit_counting_repeats()
    {
        var naming = new Report("TL0201", "OrderRepo", Adr: "ADR-0009", Rule: "repository-suffix")
        {
            When = (token, _) => token.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
        };
        const string twoReferences = """
            namespace Shop.Domain
            {
                internal sealed class Order
                {
                    private Shop.Infrastructure.{|TL0002:ShopContext|}? _first;
                    private Shop.Infrastructure.{|TL0002:ShopContext|}? _second;
                }

                internal sealed class {|TL0201:OrderRepo|}
                {
                }
            }

            """;
        var fixedSource = Infrastructure + twoReferences.Replace("{|TL0002:", "").Replace("{|TL0201:", "").Replace("|}", "");
        var test = new CodeFixTest<AddToBaselineFixer>(ForbiddenDbContext, naming)
        {
            TestState = { Sources = { Infrastructure + twoReferences } },
            // One by one: the first fix's entry already hides the second ShopContext reference, so its count stays 1.
            FixedState = { Sources = { fixedSource }, AdditionalFiles = { (BaselinePath, BaselineWithShopContextCount(1)) } },
            // Fix All sees every violation first and counts both references.
            BatchFixedState = { Sources = { fixedSource }, AdditionalFiles = { (BaselinePath, BaselineWithShopContextCount(2)) } },
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
        };
        test.TestState.AdditionalFiles.Add((BaselinePath, "{ \"version\": 1, \"entries\": [] }\n"));
        await test.RunAsync();
    }

    private static string BaselineWithShopContextCount(int count) => $$"""
        {
          "version": 1,
          "entries": [
            {
              "adr": "ADR-0007",
              "rule": "domain-no-infra",
              "from": "T:Shop.Domain.Order",
              "to": "T:Shop.Infrastructure.ShopContext",
              "count": {{count}}
            },
            {
              "adr": "ADR-0009",
              "rule": "repository-suffix",
              "from": "T:Shop.Domain.OrderRepo",
              "to": "",
              "count": 1
            }
          ]
        }

        """;

    [Theory]
    [InlineData("""{ "version": 1, "entries": [ { "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Order", "to": "T:Shop.Infrastructure.ShopContext", "count": 1, "expires": "2001-01-31" } ] }""")]
    [InlineData("""{ "version": 1, "entries": [ { "adr": "ADR-0001" } ] }""")]
    [InlineData("""{ "version": 1, "entries": [ """)]
    public async Task No_fix_when_the_entry_expired_or_the_baseline_cannot_be_read_completely(string baseline)
    {
        var test = new CodeFixTest<AddToBaselineFixer>(ForbiddenDbContext)
        {
            TestState = { Sources = { Infrastructure + Domain }, AdditionalFiles = { (BaselinePath, baseline) } },
            FixedState = { Sources = { Infrastructure + Domain }, AdditionalFiles = { (BaselinePath, baseline) } },
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_leaves_out_the_diagnostics_of_a_document_changed_since_they_were_computed()
    {
        // What dotnet format does: it computes the diagnostics once, then runs every fixer of the ID in turn.
        using var workspace = new AdhocWorkspace();
        var project = workspace.CurrentSolution
            .AddProject("Shop", "Shop", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .AddMetadataReference(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
        var document = project.AddDocument("Domain.cs", Infrastructure + DomainFixed, filePath: "/repo/Domain.cs");
        var analyzed = document.Project.Solution;
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers([new ScriptedTechLeadAnalyzer(ForbiddenDbContext)]).GetAnalyzerDiagnosticsAsync();
        Assert.Single(diagnostics);
        var edited = analyzed.WithDocumentText(document.Id, SourceText.From(Infrastructure + DomainFixed.Replace("ShopContext?", "object?", StringComparison.Ordinal)));

        var unchanged = await FixAll(analyzed.GetDocument(document.Id)!, diagnostics);
        var changed = await FixAll(edited.GetDocument(document.Id)!, diagnostics);

        Assert.NotNull(unchanged);
        Assert.Null(changed);
    }

    private static Task<CodeAction?> FixAll(Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var fixer = new AddToBaselineFixer();
        var context = new FixAllContext(
            document, fixer, FixAllScope.Solution, "TechLead.AddToBaseline", ["TL0002"], new FixedDiagnostics(diagnostics), CancellationToken.None);
        return fixer.GetFixAllProvider().GetFixAsync(context);
    }

    /// <summary>Diagnostics computed once, matched to documents by path as dotnet format does.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
