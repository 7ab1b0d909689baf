using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;
using Xunit.Abstractions;

namespace TechLead.EndToEnd.CiTemplates;

/// <summary>
/// A runner as a CI service hands it out: a fresh clone of the consumer's repository, an empty NuGet global packages
/// folder (<c>NUGET_PACKAGES</c>) and CLI home, and a temp folder for the platform's own files. Everything TechLead
/// comes from what the repository committed; only the SDK and the machine's package sources are the host's.
/// </summary>
internal sealed class FreshRunner : IDisposable
{
    /// <summary>A cold restore and build of two small projects, or one check, on a busy 2-core machine.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(6);

    private readonly TempDirectory _directory;

    private FreshRunner(TempDirectory directory, CiConsumerOrigin origin)
    {
        _directory = directory;
        Origin = origin;
        Directory.CreateDirectory(NuGetPackages);
        Directory.CreateDirectory(Temp);
        Directory.CreateDirectory(Scripts);
        Environment = new Dictionary<string, string?>(DotnetEnvironment.ForChildProcess(), StringComparer.Ordinal)
        {
            ["NUGET_PACKAGES"] = NuGetPackages,
            // Where dotnet tool restore caches which package a local tool came from: the user's would remember another run's.
            ["DOTNET_CLI_HOME"] = _directory.Combine("dotnet-home"),
        };
    }

    public CiConsumerOrigin Origin { get; }

    /// <summary>The checkout; the repository's name is the last segment, as on every CI service.</summary>
    public string Checkout => _directory.Combine("work", "orders");

    public string NuGetPackages => _directory.Combine("nuget-packages");

    /// <summary>The platform's temp folder (RUNNER_TEMP, Agent.TempDirectory).</summary>
    public string Temp => _directory.Combine("temp");

    public IReadOnlyDictionary<string, string?> Environment { get; }

    private string Scripts => _directory.Combine("scripts");

    /// <summary>Makes the consumer's origin and clones <paramref name="branch"/> of it.</summary>
    public static async Task<FreshRunner> StartAsync(LocalFeedFixture feed, string purpose, string branch = "main")
    {
        var origin = await CiConsumerOrigin.CreateAsync(feed, purpose + "-origin").ConfigureAwait(false);
        var runner = new FreshRunner(TempDirectory.Create(purpose), origin);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(runner.Checkout)!);
            await origin.CloneAsync(runner.Checkout, branch).ConfigureAwait(false);
            return runner;
        }
        catch
        {
            runner.Dispose();
            throw;
        }
    }

    /// <summary>Runs the job and logs each step's time (the suite's cost is watched: rules/0034).</summary>
    public async Task<IReadOnlyList<CiStepRun>> RunAsync(CiJob job, ITestOutputHelper output)
    {
        var runs = await CiJobRunner.RunAsync(job, Checkout, Scripts, Environment, StepTimeout).ConfigureAwait(false);
        foreach (var run in runs)
        {
            output.WriteLine(run.Ran ? $"{run.Step.Name}: exit {run.ExitCode} after {run.Elapsed.TotalSeconds:F1}s" : $"{run.Step.Name}: skipped");
        }

        return runs;
    }

    public string ReadCheckoutFile(string relativePath) => File.ReadAllText(Path.Combine(Checkout, relativePath));

    /// <summary>The link every output must carry for the consumer's rule: <paramref name="baseUrl"/> + the ADR's path + <c>#rule</c>.</summary>
    public static string RuleLink(string baseUrl) => baseUrl.TrimEnd('/') + "/" + CiConsumerOrigin.AdrPath + "#" + CiConsumerOrigin.RuleId;

    /// <summary>Every step ran and succeeded except those named in <paramref name="skipped"/>, which did not run.</summary>
    public static void AssertSteps(IReadOnlyList<CiStepRun> runs, params string[] skipped)
    {
        var unexpected = runs.Where(run => skipped.Contains(run.Step.Name) ? run.Ran : !run.Ran || run.ExitCode != 0).Select(run => run.Step.Name).ToList();
        Assert.True(unexpected.Count == 0, $"unexpected: {string.Join(", ", unexpected)}\n\n{string.Join("\n\n", runs)}");
        Assert.Equal(skipped.Order(StringComparer.Ordinal), runs.Where(r => !r.Ran).Select(r => r.Step.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The packages came into the empty global packages folder from the repository's own <c>tools/techlead-packages</c>:
    /// NuGet keeps a copy of each package it extracts, and it is the committed file, byte for byte.
    /// </summary>
    public void AssertPackagesCameFromTheRepository()
    {
        foreach (var id in new[] { "TechLead.Analyzers", "TechLead.Cli" })
        {
            var file = $"{id}.{LocalFeedFixture.PackageVersion}.nupkg";
            var restored = Path.Combine(NuGetPackages, id.ToLowerInvariant(), LocalFeedFixture.PackageVersion, file.ToLowerInvariant());
            Assert.True(File.Exists(restored), $"{id} was not restored into the runner's empty NuGet folder");
            Assert.Equal(SHA512.HashData(File.ReadAllBytes(Path.Combine(Checkout, "tools", "techlead-packages", file))), SHA512.HashData(File.ReadAllBytes(restored)));
        }
    }

    /// <summary>
    /// The text (a JSON file's string values, decoded) holds <paramref name="link"/> and no <c>file://</c> link. SARIF's
    /// <c>originalUriBaseIds</c> is no link: it names the checkout the relative result locations start from.
    /// </summary>
    public static void AssertLinksToTheHost(string what, string text, string link)
    {
        var readable = text.TrimStart().StartsWith('{') ? string.Join("\n", Strings(JsonDocument.Parse(text).RootElement)) : text;
        Assert.True(readable.Contains(link, StringComparison.Ordinal), $"{what} does not link to {link}:\n{text}");
        Assert.False(readable.Contains("file://", StringComparison.Ordinal), $"{what} links to a file on the runner:\n{text}");
    }

    public void Dispose()
    {
        _directory.Dispose();
        Origin.Dispose();
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "originalUriBaseIds").SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
