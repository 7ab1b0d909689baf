using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// A member named by a doc-comment ID such as <c>P:System.DateTime.UtcNow</c> or
/// <c>M:System.TimeProvider.GetUtcNow</c>: the containing type's ID and the member's name and kind.
/// A parameter list, if any, is ignored: the replacement keeps the call's arguments.
/// </summary>
internal sealed class MemberReference
{
    private MemberReference(char kind, string containingTypeId, string memberName)
    {
        Kind = kind;
        ContainingTypeId = containingTypeId;
        MemberName = memberName;
    }

    /// <summary><c>P</c>, <c>F</c> or <c>M</c>.</summary>
    public char Kind { get; }

    /// <summary><c>T:</c> doc-comment ID of the containing type.</summary>
    public string ContainingTypeId { get; }

    public string MemberName { get; }

    /// <summary>True for properties and fields: both are read the same way, so one can replace the other.</summary>
    public bool IsValue => Kind != 'M';

    public static bool TryParse(string? documentationId, out MemberReference? reference)
    {
        reference = null;
        if (documentationId is null || documentationId.Length < 3 || documentationId[1] != ':' || "PFM".IndexOf(documentationId[0]) < 0)
        {
            return false;
        }

        var body = documentationId.Substring(2);
        var parameters = body.IndexOf('(');
        if (parameters >= 0)
        {
            body = body.Substring(0, parameters);
        }

        var dot = body.LastIndexOf('.');
        if (dot <= 0 || dot == body.Length - 1)
        {
            return false;
        }

        reference = new MemberReference(documentationId[0], "T:" + body.Substring(0, dot), body.Substring(dot + 1));
        return true;
    }

    /// <summary>The members this reference names in <paramref name="compilation"/>, of its kind; empty when it names nothing.</summary>
    public ISymbol[] Resolve(Compilation compilation)
    {
        var type = DocumentationCommentId.GetFirstSymbolForDeclarationId(ContainingTypeId, compilation) as INamedTypeSymbol;
        return type is null ? [] : type.GetMembers(MemberName).Where(IsOfKind).ToArray();
    }

    private bool IsOfKind(ISymbol member) => Kind switch
    {
        'P' => member is IPropertySymbol,
        'F' => member is IFieldSymbol,
        _ => member is IMethodSymbol { MethodKind: MethodKind.Ordinary },
    };

    public override string ToString() => $"{Kind}:{ContainingTypeId.Substring(2)}.{MemberName}";
}
