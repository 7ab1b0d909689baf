using System.Collections.Immutable;
using System.Composition;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using TechLead.Rules;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// TL0207: renames the member (and every reference to it) when the rule's <c>pattern</c> is a literal suffix or prefix
/// the name lacks (<c>Async$</c>: <c>Load</c> → <c>LoadAsync</c>; <c>^Get</c>: <c>Total</c> → <c>GetTotal</c>);
/// see <see cref="NamingPatternCompletion"/>. Constructors (named by their type) and positional record properties are
/// not renamed here. Fix All renames one member after another (<see cref="RenameInTurnFixAllProvider"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MemberRenameFixer))]
[Shared]
public sealed class MemberRenameFixer : CodeFixProvider
{
    internal const string EquivalenceKey = "TechLead.RenameMemberToPattern";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.MemberViolation];

    public override FixAllProvider GetFixAllProvider() => RenameInTurnFixAllProvider.Members;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        RenameToPattern.RegisterAsync(context, (root, model, diagnostic, ct) => Plan(root, model, diagnostic, ct) is { } plan ? (plan.Member, plan.NewName) : null, EquivalenceKey);

    /// <summary>The member a TL0207 is about and the name its pattern asks for, or null when there is no such rename.</summary>
    internal static (ISymbol Member, string NewName)? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.NamingPattern, out var pattern) || pattern is null
            || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not { } declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not { Kind: SymbolKind.Method or SymbolKind.Property or SymbolKind.Field or SymbolKind.Event } member
            || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary }
            || AlreadyMatches(member.Name, pattern)
            || NamingPatternCompletion.Suggest(member.Name, pattern) is not { } newName
            || !SyntaxFacts.IsValidIdentifier(newName))
        {
            return null;
        }

        return (member, newName);
    }

    /// <summary>The diagnostic is about another condition: the name is fine as it is.</summary>
    private static bool AlreadyMatches(string name, string pattern)
    {
        try
        {
            return Regex.IsMatch(name, pattern, RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(100));
        }
        catch (System.ArgumentException)
        {
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
