using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace Deescalation.Cli.Tests;

/// <summary>
/// `dotnet pack` the CLI as a platform-specific tool, `dotnet tool install` it into a scratch folder, and run the
/// native `deesc` it installs. Needs clang and zlib1g-dev (Native AOT's linker); skipped without them on a developer
/// machine, failed without them in CI (CI=true), where .ci/run installs them.
/// </summary>
public class NativeToolTests
{
    private readonly ITestOutputHelper _output;

    public NativeToolTests(ITestOutputHelper output) => _output = output;

    [NativeToolFact]
    public async Task The_packed_tool_installs_a_native_deesc_that_checks_replies()
    {
        NativeToolFactAttribute.MissingPrerequisite().Should().BeNull("the native tool needs clang and zlib1g-dev (apt-get install clang zlib1g-dev, as .ci/run does)");
        var repository = FindRepository();
        var project = Path.Combine(repository, "src", "Deescalation.Cli", "Deescalation.Cli.csproj");
        var scratch = Path.Combine(Path.GetTempPath(), "deesc-native-tool", Guid.NewGuid().ToString("N"));
        var feed = Path.Combine(scratch, "feed");
        var tools = Path.Combine(scratch, "tools");
        Directory.CreateDirectory(feed);
        try
        {
            // A fresh package folder and a feed holding only these packages: the install can only take what was just packed.
            var packages = Path.Combine(scratch, "packages");
            var config = Path.Combine(scratch, "nuget.config");
            await File.WriteAllTextAsync(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);

            // The pointer package names the platform packages; the linux-x64 one holds the Native AOT executable.
            // --no-dependencies: the library is already built by this test run; other test projects may be using it.
            await RunAsync(repository, "dotnet", "pack", project, "-c", "Release", "--no-build", "-o", feed);
            await RunAsync(repository, "dotnet", "pack", project, "-c", "Release", "-r", "linux-x64", "--no-dependencies", "-o", feed);
            File.Exists(Path.Combine(feed, "Deescalation.Cli.linux-x64.0.1.0.nupkg")).Should().BeTrue();
            await RunAsync(scratch, "dotnet", ("NUGET_PACKAGES", packages), "tool", "install", "Deescalation.Cli", "--tool-path", tools, "--configfile", config, "--version", "0.1.0");

            var deesc = Path.Combine(tools, "deesc");
            var target = new FileInfo(deesc).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? deesc;
            Path.GetDirectoryName(target)!.Should().EndWith(Path.Combine("tools", "any", "linux-x64"), "the linux-x64 package was chosen");
            File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "deesc.dll")).Should().BeFalse("a native executable, not a framework-dependent one");
            (await File.ReadAllBytesAsync(target))[..4].Should().Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });

            await SmokeRunAsync(scratch, deesc);
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The smoke run: what a CI job does with the tool.</summary>
    internal static async Task SmokeRunAsync(string scratch, string program, params string[] programArgs)
    {
        Task<CliResult> Deesc(string work, string stdin, params string[] args) => ProcessRun.RunAsync(work, program, stdin, [.. programArgs, .. args]);

        var work = Path.Combine(scratch, "work");
        Directory.CreateDirectory(work);
        await File.WriteAllTextAsync(Path.Combine(work, ".deescalation.json"), Workspace.PhraseConfig);
        await File.WriteAllTextAsync(Path.Combine(work, "a.txt"), "Hi.\nKindly note it left, per our records it did.");
        await File.WriteAllTextAsync(Path.Combine(work, "b.csv"), "id,text\nr1,Per our records it left.\nr2,\"Thanks, it ships today.\"\n");
        await File.WriteAllTextAsync(Path.Combine(work, "macros.json"), """{"macros": [{"id": 7, "title": "T", "actions": [{"field": "comment_value_html", "value": "<p>We will ship it <b>in due course</b>.</p>"}]}]}""");
        await File.WriteAllTextAsync(Path.Combine(work, "empty.txt"), string.Empty);

        var text = await Deesc(work, "Per our records it left.", "check", "a.txt", "-");
        text.ExitCode.Should().Be(1, text.Stderr);
        text.Stdout.Should().Contain("a.txt:2:1: error TEST002: Drop the lecture.").And.Contain("\"per our records\" -> \"I checked and\"").And.Contain("<stdin>:1:1: warning TEST001");

        var json = await Deesc(work, string.Empty, "check", "--format", "json", "b.csv", "macros.json");
        json.ExitCode.Should().Be(1, json.Stderr);
        CliResult.Ids(json.Reply("r1")).Should().Equal("TEST001");
        CliResult.Ids(json.Reply("r2")).Should().BeEmpty();
        CliResult.Ids(json.Reply("7")).Should().Equal("DEESC003");

        var strict = await Deesc(work, string.Empty, "check", "--format", "sarif", "empty.txt");
        strict.ExitCode.Should().Be(2);
        strict.Stderr.Trim().Should().Be("empty.txt: error: empty file; there is no reply to check");

        var explain = await Deesc(work, string.Empty, "explain", "DEESC003");
        explain.ExitCode.Should().Be(0);
        explain.Stdout.Should().Contain("DEESC003");
    }

    private async Task RunAsync(string workingDirectory, string fileName, params string[] args) => await RunAsync(workingDirectory, fileName, (null, null), args);

    private async Task RunAsync(string workingDirectory, string fileName, (string? Name, string? Value) variable, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (variable.Name is not null)
        {
            start.Environment[variable.Name] = variable.Value;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        _output.WriteLine($"$ {fileName} {string.Join(' ', args)}\n{await stdout}{await stderr}");
        process.ExitCode.Should().Be(0, $"`{fileName} {string.Join(' ', args)}` failed:\n{await stdout}\n{await stderr}");
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Deescalation.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Deescalation.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs what Native AOT needs on Linux x64: skipped on a developer machine without it, never in CI.</summary>
public sealed class NativeToolFactAttribute : FactAttribute
{
    public NativeToolFactAttribute()
    {
        var missing = MissingPrerequisite();
        if (missing is not null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = missing + "; in CI (CI=true) this test fails instead";
        }
    }

    /// <summary>What stops a Native AOT build here, or null.</summary>
    public static string? MissingPrerequisite()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return "the native tool test packs linux-x64 and runs on Linux x64 only";
        }

        if (!OnPath("clang"))
        {
            return "clang is not installed (apt-get install clang zlib1g-dev)";
        }

        if (!File.Exists("/usr/lib/x86_64-linux-gnu/libz.so") && !File.Exists("/usr/lib/x86_64-linux-gnu/libz.a"))
        {
            return "zlib1g-dev is not installed (apt-get install zlib1g-dev)";
        }

        return null;
    }

    private static bool OnPath(string program)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (folder.Length > 0 && File.Exists(Path.Combine(folder, program)))
            {
                return true;
            }
        }

        return false;
    }
}
