using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Deescalation.Samples.Tests.CannedResponsesCi;

/// <summary>The sample's GitHub Actions workflow: installs the tool this repository packs, runs the check as SARIF, uploads it to code scanning.</summary>
public sealed class CannedResponsesWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void The_workflow_may_write_code_scanning_alerts()
    {
        var permissions = (YamlMappingNode)Workflow["permissions"];

        Scalar(permissions, "security-events").Should().Be("write");
        Scalar(permissions, "contents").Should().Be("read");
        Scalar(permissions, "actions").Should().Be("read");
    }

    [Fact]
    public void The_job_installs_deesc_checks_as_sarif_and_uploads_that_file_even_when_the_check_fails()
    {
        var steps = Steps();
        var install = steps.FindIndex(s => Scalar(s, "run")?.Contains("dotnet tool install", StringComparison.Ordinal) == true);
        var check = steps.FindIndex(s => Scalar(s, "run")?.StartsWith("deesc check", StringComparison.Ordinal) == true);
        var upload = steps.FindIndex(s => Scalar(s, "uses") == "github/codeql-action/upload-sarif@v3");

        install.Should().BeGreaterThan(-1);
        check.Should().BeGreaterThan(install, "deesc is installed before it runs");
        upload.Should().BeGreaterThan(check);

        var project = XDocument.Load(RepositoryPaths.Combine("src", "Deescalation.Cli", "Deescalation.Cli.csproj"));
        Scalar(steps[install], "run")!.Split(' ').Should().Contain(project.Descendants("PackageId").Single().Value, "the workflow installs the package this repository packs");
        project.Descendants("ToolCommandName").Single().Value.Should().Be("deesc");

        var (_, sarifFile) = CheckCommand(steps[check]);
        Scalar(steps[upload], "if").Should().Contain("always()", "findings fail the check step, and they are what the upload is for");
        Scalar((YamlMappingNode)steps[upload]["with"], "sarif_file").Should().Be(sarifFile);
    }

    [Fact]
    public async Task The_workflow_check_command_writes_sarif_with_the_failing_findings()
    {
        var (args, _) = CheckCommand(Steps().Single(s => Scalar(s, "run")?.StartsWith("deesc check", StringComparison.Ordinal) == true));
        args.Should().ContainInOrder("--format", "sarif");

        var output = await CannedResponsesSample.RunAsync(args);

        output.ExitCode.Should().Be(1, "the sample holds risky responses, so the step fails and the upload shows why");
        using var sarif = JsonDocument.Parse(output.Stdout);
        sarif.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Count(r => r.GetProperty("level").GetString() is "warning" or "error").Should().Be(8);
    }

    /// <summary>`deesc check ARGS > FILE` split into the arguments and the file the output goes to.</summary>
    private static (string[] Args, string SarifFile) CheckCommand(YamlMappingNode step)
    {
        var parts = Scalar(step, "run")!.Trim().Split('>');
        parts.Should().HaveCount(2, "the check step redirects its output to the SARIF file");
        var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        words[0].Should().Be("deesc");
        return (words[1..], parts[1].Trim());
    }

    private static List<YamlMappingNode> Steps()
    {
        var jobs = (YamlMappingNode)Workflow["jobs"];
        var job = (YamlMappingNode)jobs.Children.Values.Single();
        return ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static YamlMappingNode Load()
    {
        using var reader = new StreamReader(Path.Combine(CannedResponsesSample.Folder, ".github", "workflows", "deesc.yml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
