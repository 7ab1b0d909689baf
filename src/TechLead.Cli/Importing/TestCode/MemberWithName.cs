using System.Collections.Generic;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// ArchUnitNET's <c>HavePropertyMemberWithName("X")</c> / <c>HaveFieldMemberWithName("X")</c>: the type declares a
/// property (field) named exactly X, a <c>members</c> rule with <c>must-exist: true</c> (rules/0063). Method names are
/// compared with their parameter list in ArchUnitNET (<c>Load(System.Int32)</c>) and stay a test.
/// </summary>
internal static class MemberWithName
{
    public static RuleDraft Condition(string id, YamlDraftNode types, ChainLink link, TestCodeArguments arguments)
    {
        var name = arguments.String(link);
        if (name.Length == 0 || name.IndexOfAny(['*', '?', '.', '(', ' ']) >= 0)
        {
            throw new UntranslatableException($"'{link.Name}(\"{name}\")' names no member TechLead can select by name: write the member's simple name");
        }

        var kind = link.Name == "HavePropertyMemberWithName" ? "property" : "field";
        var members = new YamlDraftMapping([new KeyValuePair<string, YamlDraftNode>("kind", kind), new("name", name), new("types", types)]);
        return new RuleDraft(id, "members").With("members", members).With("must-exist", "true");
    }
}
