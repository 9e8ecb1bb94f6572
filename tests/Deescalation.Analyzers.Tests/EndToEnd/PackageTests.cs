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
    public void Package_holds_the_analyzer_and_everything_the_library_loads_but_nothing_the_compiler_owns()
    {
        using var workspace = new PackageWorkspace();
        using var package = ZipFile.OpenRead(workspace.PackagePath);
        var packed = package.Entries
            .Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", System.StringComparison.Ordinal))
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e.Name), e => e);

        packed.Keys.Should().Contain(["Deescalation.Analyzers", "Deescalation"]);
        packed.Keys.Should().NotContain(name => name.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal) ||
                                               name.StartsWith("System.", System.StringComparison.Ordinal));
        package.Entries.Should().NotContain(e => e.FullName.StartsWith("lib/", System.StringComparison.Ordinal));
        foreach (var assembly in packed.Keys.Where(name => name != "Deescalation.Analyzers"))
        {
            ReferencesOf(packed[assembly]).Where(reference => !IsHostOwned(reference))
                .Should().BeSubsetOf(packed.Keys, $"{assembly} must find what it loads next to it");
        }

        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open());
        nuspec.ReadToEnd().Should().Contain("<developmentDependency>true</developmentDependency>").And.NotContain("<dependencies>");
    }

    /// <summary>What the compiler host provides, and the DI abstractions that only AddDeescalation touches.</summary>
    private static bool IsHostOwned(string name) =>
        name is "netstandard" or "mscorlib" or "Microsoft.Extensions.DependencyInjection.Abstractions" ||
        name.StartsWith("System", System.StringComparison.Ordinal) ||
        name.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal) ||
        name.StartsWith("Microsoft.Bcl.", System.StringComparison.Ordinal);

    private static string[] ReferencesOf(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        return metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToArray();
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
