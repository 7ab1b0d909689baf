using System;
using TechLead.Rules.Selectors;

namespace TechLead.Cli.Importing.BannedSymbols;

/// <summary>
/// One BannedSymbols.txt ID as the TechLead ID that bans exactly what BannedApiAnalyzers 5.6.0 bans with it, or the
/// reason there is none. Where the two read an ID differently, the exact form is written or the line is not imported:
/// <list type="bullet">
/// <item>A method ID without a parameter list is, for BannedApiAnalyzers, the overload without parameters (Roslyn's
/// <c>DocumentationCommentId</c> reads a missing list as an empty one); for TechLead it is every overload. It is
/// written <c>M:N.T.Go()</c>, which TechLead reads as that one overload.</item>
/// <item>An ID without a prefix, or with an unknown one, bans nothing in BannedApiAnalyzers.</item>
/// <item>An indexer ID (<c>P:N.T.Item(System.Int32)</c>) bans nothing in BannedApiAnalyzers 5.6.0 (the symbol it looks
/// up is named <c>this[]</c>); TechLead would flag every use.</item>
/// <item>A <c>~ReturnType</c> on an ordinary method: BannedApiAnalyzers compares it with the return type, TechLead reads
/// it only on conversion operators, so the ban would never fire.</item>
/// </list>
/// </summary>
internal static class BannedSymbolTranslation
{
    private const string Prefixes = "T: (type), M: (method), P: (property), F: (field), E: (event) or N: (namespace)";

    public static bool TryTranslate(string id, out string symbol, out string reason)
    {
        symbol = string.Empty;
        if (id.Length == 0)
        {
            reason = "no symbol before ';': BannedApiAnalyzers bans nothing for this line";
            return false;
        }

        if (id.Length < 3 || id[1] != ':')
        {
            reason = $"'{id}' has no documentation-comment ID prefix, so BannedApiAnalyzers bans nothing for this line; to ban it, prefix it with {Prefixes}";
            return false;
        }

        if ("NTMPFE".IndexOf(id[0], StringComparison.Ordinal) < 0)
        {
            reason = $"unknown prefix '{id[0]}:', so BannedApiAnalyzers bans nothing for this line; use {Prefixes}";
            return false;
        }

        if (!DocumentationId.TryParse(id, out var parsed, out var error))
        {
            reason = "not a valid documentation-comment ID: " + error;
            return false;
        }

        if (parsed.Prefix == 'P' && parsed.Parameters is not null)
        {
            reason = "an indexer ID bans nothing in BannedApiAnalyzers 5.6.0 (the indexer's symbol is named 'this[]', the ID says 'Item'), while TechLead would flag every use; add it to the ADR by hand if the indexer is to be banned";
            return false;
        }

        if (parsed.ReturnType is not null && !IsConversion(parsed.Name))
        {
            reason = "BannedApiAnalyzers compares '~" + parsed.ReturnType + "' with any method's return type, TechLead only a conversion operator's, so the ban would never fire; write the ID without '~...' if the parameter list names the overload";
            return false;
        }

        if (parsed.ReturnType is not null && parsed.Parameters is null)
        {
            reason = "a conversion ID without a parameter list matches no conversion in BannedApiAnalyzers (a missing list reads as 'no parameters'); write its parameter, e.g. 'M:N.T.op_Implicit(System.Int32)~N.T'";
            return false;
        }

        // BannedApiAnalyzers: "M:N.T.Go" is the overload without parameters; TechLead writes that as "M:N.T.Go()".
        symbol = parsed.Prefix == 'M' && parsed.Parameters is null ? id + "()" : id;
        reason = string.Empty;
        return true;
    }

    private static bool IsConversion(string name) =>
        name.EndsWith(".op_Implicit", StringComparison.Ordinal) || name.EndsWith(".op_Explicit", StringComparison.Ordinal);
}
