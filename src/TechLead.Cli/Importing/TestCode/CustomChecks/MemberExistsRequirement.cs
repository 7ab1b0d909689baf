using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// Each selected type declares a constructor that meets the conditions: a <c>members</c> rule with <c>must-exist: true</c>
/// (rules/0063), which counts the constructor C# adds to a class without one as reflection lists it. Plain strings, so two
/// uses of the types that check the same agree (record equality).
/// </summary>
/// <param name="Visibility">The visibilities a constructor may have, comma-separated; empty for any.</param>
/// <param name="InstanceOnly">Only instance constructors count (reflection without <c>BindingFlags.Static</c>).</param>
/// <param name="NoParameters">The constructor takes no parameter.</param>
/// <param name="Attribute">The full name of the attribute class the constructor carries; empty for none.</param>
internal sealed record MemberExistsRequirement(string Visibility, bool InstanceOnly, bool NoParameters, string Attribute) : TypeRequirement("members", "must-exist", "true")
{
    public override RuleDraft ToRule(string id, YamlDraftNode types)
    {
        var members = new List<KeyValuePair<string, YamlDraftNode>> { new("kind", "constructor") };
        if (InstanceOnly)
        {
            members.Add(new("static", "false"));
        }

        members.Add(new("types", types));
        var rule = new RuleDraft(id, "members").With("members", new YamlDraftMapping(members)).With("must-exist", "true");
        if (Visibility.Length > 0)
        {
            var visibility = Visibility.Split(',');
            rule.With("visibility", visibility.Length == 1 ? visibility[0] : YamlDraftSequence.Of(visibility.ToList()));
        }

        if (NoParameters)
        {
            rule.With("max-parameters", "0");
        }

        if (Attribute.Length > 0)
        {
            rule.With("require-attribute", Attribute);
        }

        return rule;
    }
}
