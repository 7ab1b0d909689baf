using System;

namespace TechLead.Cli.Inferring;

/// <summary>
/// How many rules a lead reviews: at most one per <see cref="TypesPerRule"/> types of the solution (at least one), the
/// highest ranked; <c>--all</c> lifts the limit (rules/0041).
/// </summary>
internal static class InferLimit
{
    public const int TypesPerRule = 10;

    public static int For(int types) => Math.Max(1, types / TypesPerRule);
}
