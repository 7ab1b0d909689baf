using System;

namespace Acme.Billing.Legacy
{
    /// <summary>The old rate table everyone should stop calling.</summary>
    public static class LegacyRates
    {
        public static decimal Lookup(string code) => code.Length;

        public static decimal Default(string code) => 1m;
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class LegacyAuditAttribute : Attribute
    {
        public string Reason { get; set; } = "";
    }
}

namespace Acme.Billing.Legacy.Internal
{
    public sealed class RateCache
    {
        public decimal Get(string code) => code.Length;
    }
}
