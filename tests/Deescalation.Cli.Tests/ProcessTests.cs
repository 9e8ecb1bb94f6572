using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Deescalation.Cli.Tests;

/// <summary>A few runs of the real executable: exit codes, stdin, and the stream handling of Program.Main.</summary>
public class ProcessTests
{
    private static Task<CliResult> RunProcessAsync(string workingDirectory, string stdin, params string[] args) =>
        ProcessRun.RunAsync(workingDirectory, "dotnet", stdin, new[] { Path.Combine(System.AppContext.BaseDirectory, "deesc.dll") }.Concat(args).ToArray());

    [Fact]
    public async Task The_smoke_run_passes_on_the_framework_dependent_build()
    {
        // The same run the installed native tool must pass (NativeToolTests), here on the JIT build.
        var scratch = Path.Combine(Path.GetTempPath(), "deesc-smoke", System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            await NativeToolTests.SmokeRunAsync(scratch, "dotnet", Path.Combine(System.AppContext.BaseDirectory, "deesc.dll"));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public async Task Real_process_reads_stdin_and_returns_1_for_findings()
    {
        using var ws = new Workspace();
        var result = await RunProcessAsync(ws.Root, "Per our records it left.", "check", "-");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Contain("<stdin>:1:1: warning TEST001: Say what you checked.");
        result.Stdout.Should().NotContain("\u001b[", "stdout is redirected");
    }

    [Fact]
    public async Task Real_process_writes_one_json_document_and_returns_0_when_clean()
    {
        using var ws = new Workspace();
        ws.Write("a.jsonl", "{\"id\":\"x\",\"text\":\"Thanks, it ships today.\"}\n");
        var result = await RunProcessAsync(ws.Root, string.Empty, "check", "--format", "json", "a.jsonl");

        result.ExitCode.Should().Be(0);
        result.Reply("x").GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Real_process_reports_usage_errors_with_exit_code_2()
    {
        using var ws = new Workspace();
        var result = await RunProcessAsync(ws.Root, string.Empty, "check", "--format", "yaml", "x.txt");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("deesc: error:");
    }
}

/// <summary>Runs an executable with standard input and captures its output.</summary>
internal static class ProcessRun
{
    public static async Task<CliResult> RunAsync(string workingDirectory, string fileName, string stdin, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(fileName) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
