using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd;

public sealed class LocalFeedTests(LocalFeedFixture feed) : IClassFixture<LocalFeedFixture>
{
    [Fact]
    public async Task A_consumer_restores_the_packed_analyzer_from_the_local_feed()
    {
        await feed.EnsurePackedAsync();
        using var budget = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        using var consumer = TempDirectory.Create("feed-consumer");
        consumer.WriteFile("Directory.Build.props", "<Project />\n");
        consumer.WriteFile("Directory.Build.targets", "<Project />\n");
        consumer.WriteFile("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{LocalFeedFixture.PackageId}" Version="{LocalFeedFixture.PackageVersion}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        feed.WriteNuGetConfig(consumer.Path);

        var restore = await ProcessRunner.RunAsync(ProcessSpec.Dotnet(consumer.Path, "restore", "Consumer.csproj"), TimeSpan.FromMinutes(2), budget.Token);

        restore.EnsureSuccess();
        Assert.True(
            File.Exists(Path.Combine(feed.RestoredPackageDirectory, "analyzers", "dotnet", "cs", "TechLead.Analyzers.dll")),
            $"TechLead.Analyzers.dll is not under {feed.RestoredPackageDirectory}/analyzers/dotnet/cs");
    }
}
