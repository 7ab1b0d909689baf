using System.Collections.Generic;

namespace TechLead.Rules.Members;

/// <summary>
/// How every engine spells a member's type for <c>returns</c> globs: the definition's full name with metadata arity
/// (<c>System.Threading.Tasks.Task`1</c>, generic arguments left out), <c>[]</c> after an array's element
/// (<c>System.String[]</c>, <c>[,]</c> for rank 2), <c>*</c> after a pointer's, a type parameter by its name; <c>dynamic</c>
/// is <c>System.Object</c>. C# keywords in a glob (<c>bool</c>, <c>void</c>, <c>string[]</c>) mean their System types.
/// </summary>
public static class MemberTypeNames
{
    public const string Task = "System.Threading.Tasks.Task`1";
    public const string ValueTask = "System.Threading.Tasks.ValueTask`1";

    private static readonly Dictionary<string, string> Keywords = new(System.StringComparer.Ordinal)
    {
        ["void"] = "System.Void",
        ["bool"] = "System.Boolean",
        ["byte"] = "System.Byte",
        ["sbyte"] = "System.SByte",
        ["char"] = "System.Char",
        ["short"] = "System.Int16",
        ["ushort"] = "System.UInt16",
        ["int"] = "System.Int32",
        ["uint"] = "System.UInt32",
        ["long"] = "System.Int64",
        ["ulong"] = "System.UInt64",
        ["nint"] = "System.IntPtr",
        ["nuint"] = "System.UIntPtr",
        ["float"] = "System.Single",
        ["double"] = "System.Double",
        ["decimal"] = "System.Decimal",
        ["string"] = "System.String",
        ["object"] = "System.Object",
        ["dynamic"] = "System.Object",
    };

    /// <summary>True for the definitions whose argument <see cref="IMemberModel{TMember}.GetAwaitedTypeName"/> reports.</summary>
    public static bool IsAwaitable(string definitionName) => definitionName is Task or ValueTask;

    /// <summary>A glob as written with a leading C# keyword replaced by its System type (<c>bool</c> → <c>System.Boolean</c>).</summary>
    public static string ExpandKeyword(string glob)
    {
        var end = 0;
        while (end < glob.Length && char.IsLetter(glob[end]))
        {
            end++;
        }

        return end > 0 && Keywords.TryGetValue(glob.Substring(0, end), out var system) ? system + glob.Substring(end) : glob;
    }

    /// <summary>The suffix of an array of <paramref name="rank"/> dimensions: <c>[]</c>, <c>[,]</c>.</summary>
    public static string ArraySuffix(int rank) => "[" + new string(',', rank - 1) + "]";
}
