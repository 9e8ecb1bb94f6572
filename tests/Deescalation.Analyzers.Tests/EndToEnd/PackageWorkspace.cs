using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;

namespace Deescalation.Analyzers.Tests.EndToEnd;

/// <summary>
/// A scratch folder with a fresh local feed holding the analyzer package as just built, an isolated NuGet cache (a
/// package packed twice with one version must never come from an older cached copy), and `dotnet` run in it.
/// </summary>
internal sealed class PackageWorkspace : IDisposable
{
    public PackageWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "deesc-analyzer-tests", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        PackagePath = Path.Combine(Feed, Path.GetFileName(FindPackage()));
        File.Copy(FindPackage(), PackagePath);

        // Nothing from the repository (or above the temp folder) leaks into the consumer's build.
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
        Write("Directory.Packages.props", "<Project />");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string PackagePath { get; }

    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Deescalation.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No Deescalation.sln above {AppContext.BaseDirectory}.");
        }
    }

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Runs `dotnet` with the isolated cache; output is stdout and stderr together.</summary>
    public async Task<(int ExitCode, string Output)> DotnetAsync(string workingDirectory, params string[] arguments)
    {
        // The same dotnet that runs the tests (set by the SDK), else the one on PATH.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's environment; the child build must find its own SDK.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["NUGET_PACKAGES"] = Packages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(5))) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} took more than 5 minutes.");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

    /// <summary>The DEESC diagnostics of a build log as "file(line): severity id", once each.</summary>
    public static IReadOnlyList<string> Findings(string output) =>
        output.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"([^/\\]+)\((\d+),\d+\): (warning|error) (DEESC\d+)"))
            .Where(match => match.Success)
            .Select(match => $"{match.Groups[1].Value}({match.Groups[2].Value}): {match.Groups[3].Value} {match.Groups[4].Value}")
            .Distinct()
            .ToList();

    /// <summary>The 1-based line of the first line of <paramref name="path"/> containing <paramref name="text"/>.</summary>
    public static int LineOf(string path, string text) =>
        Array.FindIndex(File.ReadAllLines(path), line => line.Contains(text, StringComparison.Ordinal)) + 1;

    private static string FindPackage()
    {
        var folder = typeof(PackageWorkspace).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "AnalyzerPackageFolder").Value!;
        return Directory.GetFiles(folder, "Deescalation.Analyzers.*.nupkg")
            .Where(path => !path.EndsWith(".symbols.nupkg", StringComparison.Ordinal))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .First();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
