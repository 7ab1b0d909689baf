using System;

namespace TechLead.Rules.Members;

/// <summary>What a declared member is (the <c>kind:</c> of a member selector); a set of them is a selector's kinds.</summary>
[Flags]
public enum MemberKind
{
    None = 0,
    Method = 1,
    Property = 2,
    Field = 4,
    Constructor = 8,
    Event = 16,
    All = Method | Property | Field | Constructor | Event,

    /// <summary>The kinds that have a type of their own (a return, property or field type): what <c>returns</c> applies to.</summary>
    Typed = Method | Property | Field,
}
