using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers.Input;
using TechLead.Analyzers.Symbols;
using TechLead.Analyzers.Reporting;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Declaration-level rules: TL0201–TL0205 on each source type (at its identifier) and TL0206 on
/// each declared name (types, methods, properties, fields, events, parameters, type parameters); TL0207 on each
/// declared member (<see cref="MemberRuleChecker"/>).
/// </summary>
internal sealed class DeclarationChecker
{
    private readonly PrefixIndex<TypeRule> typeRules;
    private readonly PrefixIndex<VocabularyRule> vocabularies;
    private readonly ConcurrentDictionary<INamedTypeSymbol, List<VocabularyRule>> vocabulariesByScope = PerCompilation.Cache<INamedTypeSymbol, List<VocabularyRule>>(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, List<VocabularyRule>> vocabulariesFor;
    private readonly RoslynTypeModel model;
    private readonly ViolationReporter reporter;
    private readonly ReferenceChecker ids;
    private static readonly Dictionary<NamingRule, string> NoTimeouts = [];

    // Created on first use: a compilation (a keystroke in the IDE) with no vocabulary hit and no timeout pays nothing.
    private ConcurrentDictionary<ReportedName, ReportedName>? reported;
    private ConcurrentDictionary<NamingRule, string>? namingTimeouts;

    public DeclarationChecker(AdrInputs inputs, RoslynTypeModel model, ViolationReporter reporter, ReferenceChecker ids)
    {
        typeRules = inputs.TypeRules;
        vocabularies = inputs.Vocabularies;
        vocabulariesFor = VocabulariesFor;
        this.model = model;
        this.reporter = reporter;
        this.ids = ids;
        Members = new MemberRuleChecker(inputs.MemberRules, model, reporter, ids);
    }

    /// <summary>The <c>members</c> rules (TL0207), checked from the same symbol actions.</summary>
    public MemberRuleChecker Members { get; }

    /// <summary>Naming rules whose pattern timed out: TL9002 at the rule, reported at compilation end.</summary>
    public IReadOnlyDictionary<NamingRule, string> TimedOut => namingTimeouts ?? (IReadOnlyDictionary<NamingRule, string>)NoTimeouts;

    public bool HasTypeRules => typeRules.Count > 0;

    public bool HasVocabulary => vocabularies.Count > 0;

    /// <summary>Whether member symbols need an action: vocabulary names or member rules.</summary>
    public bool HasMemberChecks => HasVocabulary || Members.HasRules;

    /// <summary>Whether type symbols need an action: type rules or vocabulary names.</summary>
    public bool HasTypeChecks => HasTypeRules || HasVocabulary || Members.HasExistenceRules;

    public void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.IsImplicitlyDeclared || FirstSourceLocation(type) is not { } location)
        {
            return;
        }

        // The compiler names, places and shapes the top-level Program: type-level rules skip it in every engine.
        foreach (var rule in RoslynTypeModel.IsTopLevelProgram(type) || typeRules.Count == 0 ? [] : typeRules.Candidates(model.GetFullName(type)))
        {
            var message = TypeRuleChecker.Check<ITypeSymbol>(rule, type, model, out var timedOut);
            if (timedOut && rule is NamingRule naming)
            {
                LazyInitializer.EnsureInitialized(ref namingTimeouts, static () => new ConcurrentDictionary<NamingRule, string>())!.TryAdd(naming, model.GetFullName(type));
            }

            if (message is not null)
            {
                reporter.Report(new SymbolSink(context), new SourceViolation(rule, location, message, ids.DocumentationIdOf(type), string.Empty) { Extra = ExtraFor(rule, type) });
            }
        }

        if (Members.HasRules && !RoslynTypeModel.IsTopLevelProgram(type))
        {
            Members.AnalyzeType(context, type, location);
        }

        if (vocabularies.Count > 0)
        {
            CheckName(context, type, type, type.Name);
            foreach (var parameter in type.TypeParameters)
            {
                CheckName(context, type, parameter, parameter.Name);
            }

            if (type.DelegateInvokeMethod is { } invoke)
            {
                CheckParameters(context, type, type, invoke.Parameters);
            }
        }
    }

    /// <summary>
    /// The symbol kinds <see cref="AnalyzeMember"/> is registered for. Not properties: each property is checked from its
    /// first accessor, because a property symbol action costs the driver 50 KiB per edited document (measured with the
    /// IDE probe of benchmarks/TechLead.Benchmarks), and every property has an accessor.
    /// </summary>
    public static readonly SymbolKind[] MemberKinds = [SymbolKind.Method, SymbolKind.Field, SymbolKind.Event];

    public void AnalyzeMember(SymbolAnalysisContext context)
    {
        var member = context.Symbol;
        if (Members.HasRules)
        {
            Members.Analyze(context, member);
        }

        if (vocabularies.Count == 0)
        {
            return;
        }
        if (member.IsImplicitlyDeclared || member.IsOverride || member.ContainingType is not { } type || type.TypeKind == TypeKind.Delegate)
        {
            return;
        }

        switch (member)
        {
            case IMethodSymbol { AssociatedSymbol: IPropertySymbol property } accessor:
                // An explicit interface implementation is named by the interface, which is checked itself.
                if (SymbolEqualityComparer.Default.Equals(accessor, property.GetMethod ?? property.SetMethod)
                    && !property.IsImplicitlyDeclared && !property.IsOverride && property.ExplicitInterfaceImplementations.IsEmpty)
                {
                    if (!property.IsIndexer)
                    {
                        CheckName(context, type, property, property.Name);
                    }

                    CheckParameters(context, type, property, property.Parameters);
                }

                break;
            case IMethodSymbol method:
                if (method.MethodKind is MethodKind.Ordinary)
                {
                    CheckName(context, type, method, method.Name);
                    foreach (var parameter in method.TypeParameters)
                    {
                        CheckName(context, type, parameter, parameter.Name);
                    }
                }

                if (method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor)
                {
                    CheckParameters(context, type, method, method.Parameters);
                }

                break;
            case IFieldSymbol:
                CheckName(context, type, member, member.Name);
                break;
            case IEventSymbol { ExplicitInterfaceImplementations.IsEmpty: true }:
                CheckName(context, type, member, member.Name);
                break;
        }
    }

    private void CheckParameters(SymbolAnalysisContext context, INamedTypeSymbol type, ISymbol owner, IEnumerable<IParameterSymbol> parameters)
    {
        foreach (var parameter in parameters)
        {
            CheckName(context, type, parameter, parameter.Name, owner);
        }
    }

    /// <summary>TL0206 at the declared identifier; parameters and type parameters use their member's doc ID as baseline key.</summary>
    private void CheckName(SymbolAnalysisContext context, INamedTypeSymbol scope, ISymbol declared, string name, ISymbol? owner = null)
    {
        if (FirstSourceLocation(declared) is not { } location)
        {
            return;
        }

        foreach (var rule in vocabulariesByScope.GetOrAdd(scope, vocabulariesFor))
        {
            if (!rule.Matcher.TryFind(name, out var synonym, out var term)
                || !TryAddReported(new ReportedName(location, rule)))
            {
                continue;
            }

            var keySymbol = declared is IParameterSymbol or ITypeParameterSymbol ? owner ?? declared.ContainingSymbol : declared;
            var message = ViolationMessages.Vocabulary(rule, name, synonym, term.Use);
            reporter.Report(new SymbolSink(context), new SourceViolation(rule, location, message, ids.DocumentationIdOf(keySymbol), string.Empty));
        }
    }

    /// <summary>The vocabulary rules whose <c>in:</c> selects a type, matched once per type (its members and parameters ask again).</summary>
    private List<VocabularyRule> VocabulariesFor(INamedTypeSymbol scope) =>
        vocabularies.Candidates(model.GetFullName(scope)).Where(rule => rule.In is null || rule.In.Matches<ITypeSymbol>(scope, model)).ToList();

    private IEnumerable<KeyValuePair<string, string?>>? ExtraFor(TypeRule rule, INamedTypeSymbol type) => rule switch
    {
        NamingRule naming => [new(DiagnosticProperties.NamingPattern, naming.Pattern.ToString())],
        ModifiersRule modifiers when modifiers.FindUnmet<ITypeSymbol>(type, model) is { Count: > 0 } unmet =>
            [new(DiagnosticProperties.Requirements, ModifiersRule.RequirementsProperty(unmet))],
        _ => null,
    };

    private static Location? FirstSourceLocation(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return null;
    }

    /// <summary>False when this rule already reported a hit at this location.</summary>
    private bool TryAddReported(ReportedName name) =>
        LazyInitializer.EnsureInitialized(ref reported, static () => PerCompilation.Cache<ReportedName, ReportedName>(EqualityComparer<ReportedName>.Default))!.TryAdd(name, name);

    /// <summary>
    /// A class, not a tuple, and the name itself as the value: a dictionary keyed by a struct, or holding a bool, is
    /// JIT-compiled in every cold compiler that reports a vocabulary hit, one over classes is shared code (rules/0061).
    /// </summary>
    private sealed record ReportedName(Location Location, Rule Rule);
}
