using System;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;

namespace TechLead.EndToEnd.Lsp;

/// <summary>
/// A throwaway console project whose only analyzer comes from a NuGet package (BannedApiAnalyzers, RS0030),
/// standing in for the TechLead analyzer package until it exists: same delivery path, same kind of help link.
/// </summary>
internal sealed class BannedApiConsumerProject : IDisposable
{
    public const string BannedApiAnalyzersVersion = "4.14.0";

    /// <summary>Line 6 of <see cref="ViolatingProgram"/>: <c>DateTime.Now</c> starts at character 26 and ends at 38.</summary>
    public const string ViolatingProgram = """
        using System;

        internal static class Program
        {
            private static void Main()
            {
                Console.WriteLine(DateTime.Now);
            }
        }

        """;

    public const string FixedProgram = """
        using System;

        internal static class Program
        {
            private static void Main()
            {
                Console.WriteLine(TimeProvider.System.GetUtcNow());
            }
        }

        """;

    private readonly TempDirectory _directory;

    private BannedApiConsumerProject(TempDirectory directory)
    {
        _directory = directory;
        ProgramPath = directory.WriteFile("Program.cs", ViolatingProgram);
    }

    public string Directory => _directory.Path;

    public string ProgramPath { get; }

    public static BannedApiConsumerProject Create()
    {
        var directory = TempDirectory.Create("banned-api-consumer");
        // Empty Directory.Build.* files stop MSBuild from importing anything found above the temp folder.
        directory.WriteFile("Directory.Build.props", "<Project />\n");
        directory.WriteFile("Directory.Build.targets", "<Project />\n");
        directory.WriteFile("Directory.Packages.props", "<Project />\n");
        directory.WriteFile("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="{BannedApiAnalyzersVersion}" PrivateAssets="all" />
                <AdditionalFiles Include="BannedSymbols.txt" />
              </ItemGroup>
            </Project>
            """);
        directory.WriteFile("BannedSymbols.txt", "P:System.DateTime.Now;Use TimeProvider instead\n");
        return new BannedApiConsumerProject(directory);
    }

    public async Task RestoreAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var restore = await ProcessRunner.RunAsync(ProcessSpec.Dotnet(Directory, "restore", "Consumer.csproj"), timeout, cancellationToken).ConfigureAwait(false);
        restore.EnsureSuccess();
    }

    public void Dispose() => _directory.Dispose();
}
