using System;
using System.IO;
using System.Linq;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Engines.NetArchTest;
using TechLead.Fitness.Evaluation;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Engines;

/// <summary>
/// An assembly that does not load (not a .NET file, a native PE, damaged or cut short) is named with why, and the other
/// assemblies are still checked; a mixed-mode assembly is checked for its IL and named; an assembly whose references are
/// missing is checked by name. Never a crash.
/// </summary>
public sealed class BadAssemblyTests
{
    private const string Rule = "- { id: domain-no-api, kind: forbid, from: Kinds.Domain.**, to: [Kinds.Api.**, Kinds.Infrastructure.**, Newtonsoft.**] }";

    private static readonly string[] KindsViolations =
    [
        "[ADR-0007] 'Kinds.Domain.Order' must not depend on 'Kinds.Api.OrdersController' (rule domain-no-api: Test decision)",
        "[ADR-0007] 'Kinds.Domain.Order' must not depend on 'Newtonsoft.Text' (rule domain-no-api: Test decision)",
    ];

    public static TheoryData<string> Engines => new() { "ArchUnitNet", "NetArchTest" };

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_file_that_is_no_assembly_is_named_and_the_others_are_still_checked(string engine)
    {
        var broken = WriteBroken("Broken.dll", "MZ this is no portable executable");
        var assemblies = AssemblySet.FromPaths([Corpus.PathOf("Kinds", KindsCorpus.Source), broken]);

        var result = Evaluate(engine, assemblies);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("'Broken.dll' could not be read as a .NET assembly (", problem, StringComparison.Ordinal);
        Assert.EndsWith("); it was not checked, the other assemblies were", problem, StringComparison.Ordinal);
        Assert.Equal(KindsViolations, result.Violations.Select(v => v.Message));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void An_empty_file_is_named_too(string engine)
    {
        var empty = WriteBroken("Empty.dll", string.Empty);

        var result = Evaluate(engine, AssemblySet.FromPaths([empty]));

        Assert.StartsWith("'Empty.dll' could not be read as a .NET assembly (", Assert.Single(result.Problems), StringComparison.Ordinal);
        Assert.Empty(result.Violations);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void An_assembly_cut_short_is_named_and_the_others_are_still_checked(string engine)
    {
        var whole = File.ReadAllBytes(Corpus.PathOf("Gone.Half", ["namespace Gone.Half { public class Db { } }"]));
        var half = WriteBroken("Half.dll", whole.AsSpan(0, whole.Length / 2).ToArray());

        var result = Evaluate(engine, AssemblySet.FromPaths([Corpus.PathOf("Kinds", KindsCorpus.Source), half]));

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("'Half.dll' could not be read as a .NET assembly (", problem, StringComparison.Ordinal);
        Assert.EndsWith("); it was not checked, the other assemblies were", problem, StringComparison.Ordinal);
        Assert.Equal(KindsViolations, result.Violations.Select(v => v.Message));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_native_portable_executable_is_named_and_the_others_are_still_checked(string engine)
    {
        var native = WriteBroken("native.dll", NativePortableExecutable());

        var result = Evaluate(engine, AssemblySet.FromPaths([Corpus.PathOf("Kinds", KindsCorpus.Source), native]));

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("'native.dll' could not be read as a .NET assembly (", problem, StringComparison.Ordinal);
        Assert.EndsWith("); it was not checked, the other assemblies were", problem, StringComparison.Ordinal);
        Assert.Equal(KindsViolations, result.Violations.Select(v => v.Message));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_mixed_mode_assembly_is_checked_for_its_il_and_named(string engine)
    {
        // The CLI header's ILOnly flag cleared, as a C++/CLI compiler leaves it: the IL is there, the native code is not readable.
        var bytes = File.ReadAllBytes(Corpus.PathOf("Kinds", KindsCorpus.Source));
        using (var reader = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(bytes)))
        {
            bytes[reader.PEHeaders.CorHeaderStartOffset + 16] &= 0xFE;
        }

        var mixed = WriteBroken("Kinds.dll", bytes);

        var result = Evaluate(engine, AssemblySet.FromPaths([mixed]));

        Assert.Equal(["'Kinds.dll' is a mixed-mode assembly: its IL was checked, its native code cannot be"], result.Problems.Distinct());
        Assert.Equal(KindsViolations, result.Violations.Select(v => v.Message));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void An_assembly_whose_references_are_missing_is_checked_by_the_names_it_uses(string engine)
    {
        var library = Corpus.PathOf("Gone.Lib", ["namespace Gone.Lib { public class Db { public static Db Open() => new Db(); } }"]);
        var user = Corpus.PathOf("Gone.User", ["namespace Gone.User { public class Service { public object Load() => Gone.Lib.Db.Open(); } }"], [library]);
        var alone = Path.Combine(Path.GetTempPath(), "techlead-fitness", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(alone);
        var copied = Path.Combine(alone, "Gone.User.dll");
        File.Copy(user, copied);

        var result = Evaluate(engine, AssemblySet.FromPaths([copied]), "- { id: no-lib, kind: forbid, from: Gone.User.**, to: Gone.Lib.** }");

        Assert.Empty(result.Problems);
        Assert.Equal(["[ADR-0007] 'Gone.User.Service' must not depend on 'Gone.Lib.Db' (rule no-lib: Test decision)"], result.Violations.Select(v => v.Message));
    }

    private static RuleResult Evaluate(string engine, AssemblySet assemblies, string rule = Rule)
    {
        var parsed = Adrs.Rule(rule);
        return engine == "ArchUnitNet" ? ArchUnitAdapter.EvaluateUncached(parsed, assemblies) : NetArchTestAdapter.Instance.Evaluate(parsed, assemblies);
    }

    /// <summary>
    /// The smallest PE32 image Windows loads as a native DLL: DOS header, PE signature, file header and optional header,
    /// no sections and no CLI header (what a C or Rust DLL among the assemblies looks like to a .NET reader).
    /// </summary>
    private static byte[] NativePortableExecutable()
    {
        var image = new byte[0x40 + 4 + 20 + 0xE0];
        image[0] = (byte)'M';
        image[1] = (byte)'Z';
        BitConverter.GetBytes(0x40).CopyTo(image, 0x3C);
        "PE\0\0"u8.ToArray().CopyTo(image, 0x40);
        BitConverter.GetBytes((ushort)0x14C).CopyTo(image, 0x44); // i386
        BitConverter.GetBytes((ushort)0xE0).CopyTo(image, 0x44 + 16); // size of the optional header
        BitConverter.GetBytes((ushort)0x2102).CopyTo(image, 0x44 + 18); // executable, 32-bit, DLL
        BitConverter.GetBytes((ushort)0x10B).CopyTo(image, 0x58); // PE32
        BitConverter.GetBytes(16).CopyTo(image, 0x58 + 92); // 16 data directories, all empty: no CLI header
        return image;
    }

    private static string WriteBroken(string name, byte[] content)
    {
        var path = WriteBroken(name, string.Empty);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string WriteBroken(string name, string content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "techlead-fitness", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
