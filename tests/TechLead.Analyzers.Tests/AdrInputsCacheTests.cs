using System.Linq;
using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// The ADR set is read once and shared by later compilations in the same process while the ADR files keep their
/// paths and contents (rules/0016); a change to any of them is seen by the next compilation.
/// </summary>
public sealed class AdrInputsCacheTests
{
    private const string Source = """
        namespace Shop.Infrastructure { public class Db { } }
        namespace Shop.Domain { public class Order { Shop.Infrastructure.Db db; } }
        """;

    [Fact]
    public async Task A_changed_ADR_is_read_again_by_the_next_compilation_and_the_old_text_still_applies_when_restored()
    {
        // A path of its own, so no other test's compilations share these keys.
        const string path = "/repo/docs/adr/0007-cache-invalidation.md";
        var forbidding = Adrs.ForbidDomainToInfrastructure();
        var allowing = Adrs.ForbidDomainToInfrastructure(status: "rejected");

        var first = await Ids(forbidding);
        var second = await Ids(forbidding);
        var changed = await Ids(allowing);
        var restored = await Ids(forbidding);

        Assert.Equal(["TL0002"], first);
        Assert.Equal(["TL0002"], second);
        Assert.Empty(changed);
        Assert.Equal(["TL0002"], restored);

        async Task<string[]> Ids(string adr)
        {
            var (diagnostics, exceptions) = await DirectRun.RunAsync(Source, [(path, adr)]);
            Assert.Empty(exceptions);
            return [.. diagnostics.Select(d => d.Id)];
        }
    }

    [Fact]
    public async Task A_renamed_ADR_file_is_a_new_key_so_its_problems_point_at_the_new_path()
    {
        const string broken = "---\nid: ADR-0042\ntitle: Broken\nstatus: accepted\nrules:\n  - { id: r, kind: forbid, from: 'Shop.**' }\n---\n# Broken\n";

        var (before, _) = await DirectRun.RunAsync(Source, [("/repo/docs/adr/0042-before-rename.md", broken)]);
        var (after, _) = await DirectRun.RunAsync(Source, [("/repo/docs/adr/0042-after-rename.md", broken)]);

        Assert.Equal("/repo/docs/adr/0042-before-rename.md", Assert.Single(before).Location.GetLineSpan().Path);
        Assert.Equal("/repo/docs/adr/0042-after-rename.md", Assert.Single(after).Location.GetLineSpan().Path);
    }

    [Fact]
    public void Identical_contents_in_different_text_instances_share_one_key_and_a_one_character_change_does_not()
    {
        var a = Key(Input.AdrInputRole.Adr, "---\nid: ADR-0001\n---\n");
        var same = Key(Input.AdrInputRole.Adr, "---\nid: ADR-0001\n---\n");
        var edited = Key(Input.AdrInputRole.Adr, "---\nid: ADR-0002\n---\n");
        var otherRole = Key(Input.AdrInputRole.Baseline, "---\nid: ADR-0001\n---\n");

        Assert.Equal(a, same);
        Assert.NotEqual(a, edited);
        Assert.NotEqual(a, otherRole);
    }

    private static string Key(Input.AdrInputRole role, string text) =>
        Input.AdrInputsCache.KeyOf([new Input.AdrInputFile(new PathOnly("/repo/docs/adr/0001-a.md"), role, Microsoft.CodeAnalysis.Text.SourceText.From(text))]);

    /// <summary>The key is built from the path, the role and the text handed alongside; the file itself is never read.</summary>
    private sealed class PathOnly(string path) : Microsoft.CodeAnalysis.AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;
    }
}
