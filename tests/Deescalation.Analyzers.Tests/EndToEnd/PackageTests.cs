using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Analyzers.Tests.EndToEnd;

/// <summary>
/// The package as a user gets it: a new console project that references only Deescalation.Analyzers from a local
/// folder gets the findings as build warnings at the right lines, and fails when .editorconfig raises one to an error.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PackageTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Deescalation.Analyzers" Version="*" />
          </ItemGroup>
        </Project>
        """;

    private const string Program = """
        using Deescalation;

        System.Console.WriteLine(Replies.Apology + Replies.Blame + Replies.Clean + Replies.Unmarked);

        static class Replies
        {
            [ReplyText]
            public const string Apology = "Thanks for writing. I'm sorry you feel that way.";

            [ReplyText]
            public const string Blame = "You should have read the terms.";

            [ReplyText]
            public const string Clean = "Thanks for your patience, I've refunded the order.";

            public const string Unmarked = "We'll look into it soon.";
        }
        """;

    private const string Resx = """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
          <data name="Later" xml:space="preserve">
            <value>We'll look into it soon.</value>
          </data>
          <data name="Thanks" xml:space="preserve">
            <value>Thanks for your patience, I've refunded the order.</value>
          </data>
        </root>
        """;

    [Fact]
    public void Package_holds_the_analyzer_and_the_library_and_nothing_the_compiler_owns()
    {
        using var workspace = new PackageWorkspace();
        using var package = ZipFile.OpenRead(workspace.PackagePath);

        package.Entries.Select(e => e.FullName).Where(name => name.StartsWith("analyzers/", System.StringComparison.Ordinal))
            .Should().BeEquivalentTo(
                "analyzers/dotnet/cs/Deescalation.Analyzers.dll",
                "analyzers/dotnet/cs/Deescalation.dll",
                "analyzers/dotnet/cs/Humanizer.dll");
        package.Entries.Should().NotContain(e => e.FullName.StartsWith("lib/", System.StringComparison.Ordinal));
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open());
        var metadata = nuspec.ReadToEnd();
        metadata.Should().Contain("<developmentDependency>true</developmentDependency>").And.NotContain("<dependencies>");
    }

    [Fact]
    public async Task Console_project_gets_warnings_at_risky_lines_and_fails_when_a_rule_is_an_error()
    {
        using var workspace = new PackageWorkspace();
        var app = Path.Combine(workspace.Root, "app");
        workspace.Write("app/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{workspace.Feed}" />
              </packageSources>
            </configuration>
            """);
        workspace.Write("app/App.csproj", Project);
        var program = workspace.Write("app/Program.cs", Program);
        var resx = workspace.Write("app/Replies.resx", Resx);

        var (exitCode, output) = await workspace.DotnetAsync(app, "build", "--disable-build-servers", "-nodeReuse:false");

        exitCode.Should().Be(0, output);
        PackageWorkspace.Findings(output).Should().BeEquivalentTo(
            $"Program.cs({PackageWorkspace.LineOf(program, "I'm sorry you feel that way")}): warning DEESC001",
            $"Program.cs({PackageWorkspace.LineOf(program, "You should have read the terms")}): warning DEESC004",
            $"Replies.resx({PackageWorkspace.LineOf(resx, "We'll look into it soon")}): warning DEESC003");

        workspace.Write("app/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.DEESC004.severity = error
            """);

        (exitCode, output) = await workspace.DotnetAsync(app, "build", "--disable-build-servers", "-nodeReuse:false");

        exitCode.Should().NotBe(0, output);
        PackageWorkspace.Findings(output).Should().Contain(
            $"Program.cs({PackageWorkspace.LineOf(program, "You should have read the terms")}): error DEESC004");
    }

    [Fact]
    public async Task RepliesInCode_sample_builds_from_the_package_with_its_documented_warnings()
    {
        using var workspace = new PackageWorkspace();
        var sample = Path.Combine(PackageWorkspace.RepositoryRoot, "samples", "RepliesInCode");

        var (exitCode, output) = await workspace.DotnetAsync(
            sample,
            "build",
            "--disable-build-servers",
            "-nodeReuse:false",
            "--artifacts-path", Path.Combine(workspace.Root, "artifacts"),
            $"-p:RestoreSources={workspace.Feed}",
            $"-p:RestorePackagesPath={workspace.Packages}");

        exitCode.Should().Be(0, output);
        var replies = Path.Combine(sample, "CannedReplies.cs");
        var resx = Path.Combine(sample, "Resources", "Replies.resx");
        PackageWorkspace.Findings(output).Should().BeEquivalentTo(
            $"CannedReplies.cs({PackageWorkspace.LineOf(replies, "I'm sorry you feel that way")}): warning DEESC001",
            $"CannedReplies.cs({PackageWorkspace.LineOf(replies, "We'll look into it soon")}): warning DEESC003",
            $"Replies.resx({PackageWorkspace.LineOf(resx, "You should have read the terms")}): warning DEESC004");
    }
}
