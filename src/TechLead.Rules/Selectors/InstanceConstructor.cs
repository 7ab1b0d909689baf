using TechLead.Rules.Members;

namespace TechLead.Rules.Selectors;

/// <summary>One instance constructor as an engine reads it: its declared accessibility and how many parameters it takes.</summary>
public readonly struct InstanceConstructor(MemberVisibility visibility, int parameters)
{
    public MemberVisibility Visibility { get; } = visibility;

    public int Parameters { get; } = parameters;
}
