using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Tests.CodeFixes;

/// <summary>
/// A stand-in for the TechLead analyzer, so the fixers are tested against exactly the diagnostic shape the analyzer
/// contract promises (IDs, <c>Diagnostic.Properties</c>, baseline hiding) and nothing else: it reports
/// <see cref="Report.Id"/> on every identifier named <see cref="Report.Identifier"/> that <see cref="Report.When"/>
/// accepts, with <c>adr</c>, <c>rule</c>, <c>baselineFrom</c> (the enclosing type's doc-comment ID), <c>baselineTo</c>
/// and the extra properties; a violation whose key is in <c>techlead.baseline.json</c> is not reported.
/// </summary>
// Test-only: never loaded by a compiler, so the rules for shipped compiler extensions do not apply.
#pragma warning disable RS1036, RS1038, RS1041
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ScriptedTechLeadAnalyzer(params ScriptedTechLeadAnalyzer.Report[] reports) : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors =
    [
        .. new[]
        {
            DiagnosticIds.LayerViolation, DiagnosticIds.ForbiddenDependency, DiagnosticIds.DependencyOutsideAllowList,
            DiagnosticIds.ModuleIndependenceViolated, DiagnosticIds.DependencyCycle, DiagnosticIds.BannedApi,
            DiagnosticIds.NamingViolation, DiagnosticIds.InheritanceViolation, DiagnosticIds.AttributeViolation,
            DiagnosticIds.ModifierViolation, DiagnosticIds.PlacementViolation, DiagnosticIds.VocabularyViolation, DiagnosticIds.MemberViolation,
        }.Select(id => new DiagnosticDescriptor(id, id, "{0}", "Architecture", DiagnosticSeverity.Error, isEnabledByDefault: true)),
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var baseline = ReadBaseline(start.Options.AdditionalFiles, start.CancellationToken);
            start.RegisterSemanticModelAction(model => Analyze(model, baseline));
        });
    }

    private void Analyze(SemanticModelAnalysisContext context, Baseline baseline)
    {
        var root = context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken);
        foreach (var token in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)))
        {
            foreach (var report in reports.Where(r => r.Identifier == token.ValueText && (r.When?.Invoke(token, context.SemanticModel) ?? true)))
            {
                var from = EnclosingTypeId(token, context.SemanticModel);
                var key = new BaselineKey(report.Adr, report.Rule, from, report.To);
                if (baseline.Find(key) is { } entry && !entry.IsExpired("2026-06-01"))
                {
                    continue;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties["adr"] = report.Adr;
                properties["rule"] = report.Rule;
                properties["adrPath"] = "/repo/docs/adr/0007-x.md";
                properties["owners"] = "";
                properties["baselineFrom"] = from;
                properties["baselineTo"] = report.To;
                foreach (var (name, value) in report.Extra)
                {
                    properties[name] = value;
                }

                var descriptor = Descriptors.Single(d => d.Id == report.Id);
                context.ReportDiagnostic(Diagnostic.Create(descriptor, token.GetLocation(), properties.ToImmutable(), $"[{report.Adr}] '{token.ValueText}' (rule {report.Rule})"));
            }
        }
    }

    private static string EnclosingTypeId(SyntaxToken token, SemanticModel model)
    {
        var declaration = token.Parent!.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        var symbol = declaration is null ? null : model.GetDeclaredSymbol(declaration);
        return symbol is null ? "T:" : DocumentationCommentId.CreateDeclarationId(symbol)!;
    }

    private static Baseline ReadBaseline(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken)
    {
        var file = files.FirstOrDefault(f => f.Path.EndsWith("techlead.baseline.json", StringComparison.Ordinal));
        return file?.GetText(cancellationToken) is { } text ? Baseline.Parse(file.Path, text.ToString(), new List<AdrDiagnostic>()) : Baseline.Empty;
    }

    /// <summary>One scripted diagnostic: where it is reported and what it carries.</summary>
    internal sealed record Report(string Id, string Identifier, string Adr = "ADR-0007", string Rule = "some-rule", string To = "")
    {
        public Func<SyntaxToken, SemanticModel, bool>? When { get; init; }

        public IReadOnlyList<(string Name, string Value)> Extra { get; init; } = [];
    }
}
#pragma warning restore RS1036, RS1038, RS1041
