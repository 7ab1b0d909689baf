using System.Threading.Tasks;
using TechLead.Analyzers.CodeFixes;
using Report = TechLead.Analyzers.Tests.CodeFixes.ScriptedTechLeadAnalyzer.Report;

namespace TechLead.Analyzers.Tests.CodeFixes;

public sealed class BannedApiFixerTests
{
    private static Report Banned(string identifier, string? useInstead) =>
        new("TL0101", identifier, Rule: "no-clock") { Extra = useInstead is null ? [] : [("useInstead", useInstead)] };

    [Fact]
    public async Task A_property_of_the_same_type_keeps_its_qualifier_and_changes_its_name()
    {
        await new CodeFixTest<BannedApiFixer>(Banned("Now", "P:System.DateTime.UtcNow"))
        {
            TestCode = """
                using System;

                internal static class Clock
                {
                    public static DateTime Read() => DateTime.{|TL0101:Now|};
                }
                """,
            FixedCode = """
                using System;

                internal static class Clock
                {
                    public static DateTime Read() => DateTime.UtcNow;
                }
                """,
            CodeActionEquivalenceKey = "TechLead.UseInstead",
        }.RunAsync();
    }

    [Fact]
    public async Task A_static_method_of_another_type_replaces_the_member_access_and_keeps_the_arguments()
    {
        await new CodeFixTest<BannedApiFixer>(Banned("ReadAllText", "M:Shop.Storage.Files.ReadText(System.String)"))
        {
            TestCode = """
                using System.IO;

                namespace Shop.Storage
                {
                    public static class Files
                    {
                        public static string ReadText(string path) => path;
                    }
                }

                namespace Shop.Orders
                {
                    internal static class Importer
                    {
                        public static string Load(string path) => File.{|TL0101:ReadAllText|}(path);
                    }
                }
                """,
            FixedCode = """
                using System.IO;
                using Shop.Storage;

                namespace Shop.Storage
                {
                    public static class Files
                    {
                        public static string ReadText(string path) => path;
                    }
                }

                namespace Shop.Orders
                {
                    internal static class Importer
                    {
                        public static string Load(string path) => Files.ReadText(path);
                    }
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task Fix_all_replaces_every_reference_in_the_document()
    {
        await new CodeFixTest<BannedApiFixer>(Banned("Now", "P:System.DateTime.UtcNow"))
        {
            TestCode = """
                using System;

                internal static class Clock
                {
                    public static DateTime First() => DateTime.{|TL0101:Now|};

                    public static TimeSpan Between() => DateTime.{|TL0101:Now|} - System.DateTime.{|TL0101:Now|};
                }
                """,
            FixedCode = """
                using System;

                internal static class Clock
                {
                    public static DateTime First() => DateTime.UtcNow;

                    public static TimeSpan Between() => DateTime.UtcNow - System.DateTime.UtcNow;
                }
                """,
        }.RunAsync();
    }

    [Theory]
    [InlineData("M:System.TimeProvider.GetUtcNow")] // a property replaced by an instance method of another type: not the same shape
    [InlineData("T:System.TimeProvider")] // a type is advice, not a replacement
    [InlineData("P:System.DateTime.Tomorrow")] // names nothing
    [InlineData("M:System.DateTime.ToString")] // a method for a property
    public async Task No_fix_when_the_replacement_does_not_have_the_same_shape(string useInstead)
    {
        const string source = """
            using System;

            internal static class Clock
            {
                public static DateTime Read() => DateTime.{|TL0101:Now|};
            }
            """;
        await new CodeFixTest<BannedApiFixer>(Banned("Now", useInstead)) { TestCode = source, FixedCode = source }.RunAsync();
    }

    [Fact]
    public async Task No_fix_without_use_instead()
    {
        const string source = """
            using System;

            internal static class Clock
            {
                public static DateTime Read() => DateTime.{|TL0101:Now|};
            }
            """;
        await new CodeFixTest<BannedApiFixer>(Banned("Now", useInstead: null)) { TestCode = source, FixedCode = source }.RunAsync();
    }
}
