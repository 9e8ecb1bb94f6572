using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Deescalation.Cli.Analysis;
using Deescalation.Cli.Baselines;
using Deescalation.Cli.Configuration;
using Deescalation.Cli.Inputs;
using Deescalation.Cli.Output;

namespace Deescalation.Cli.Commands;

/// <summary>`deesc check` (and `deesc baseline`, which runs the same analysis and writes the findings as a baseline).</summary>
internal static class CheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("none", "info", "warning", "error");
        var minScore = new Option<int?>("--min-score") { Description = "Also fail when a reply scores below this (0-100)." };
        minScore.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int?>();
            if (value is < 0 or > 100)
            {
                result.AddError("--min-score must be between 0 and 100.");
            }
        });
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings that are not in this baseline file (see `deesc baseline`)." };

        var command = new Command("check", "Check replies and report findings; exit code 0 (clean), 1 (findings at the --fail-on level) or 2 (usage or input errors).");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.Options.Add(minScore);
        command.Options.Add(baseline);
        command.SetAction((result, cancellationToken) =>
        {
            var stdout = environment.Stdout;
            Reporter reporter = result.GetValue(format) switch
            {
                "json" => new JsonReporter(stdout),
                "sarif" => new SarifReporter(stdout),
                _ => new TextReporter(stdout, environment.UseColor),
            };
            ConfigLoader.TryParseSeverity(result.GetValue(failOn)!, out var failLevel);
            var failOnNone = result.GetValue(failOn) == "none";
            return RunAsync(environment, common, result, reporter, failOnNone ? null : failLevel, result.GetValue(minScore), result.GetValue(baseline), cancellationToken);
        });
        return command;
    }

    public static Command CreateBaseline(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var command = new Command("baseline", "Write today's findings as a baseline document to standard output: deesc baseline PATH... > .deescalation-baseline.json");
        common.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(environment, common, result, new BaselineWriter(environment.Stdout), null, null, null, cancellationToken, baselineMode: true));
        return command;
    }

    internal static async Task<int> RunAsync(
        CliEnvironment environment,
        CommonOptions common,
        ParseResult result,
        Reporter reporter,
        DiagnosticSeverity? failLevel,
        int? minScore,
        string? baselinePath,
        CancellationToken cancellationToken,
        bool baselineMode = false)
    {
        var stderr = environment.Stderr;
        ConfigLoader config;
        Baseline? baseline = null;
        try
        {
            config = new ConfigLoader(ResolvePath(environment, result.GetValue(common.Config)));
            if (baselinePath is not null)
            {
                baseline = Baseline.Load(System.IO.Path.GetFullPath(baselinePath, environment.WorkingDirectory));
            }
        }
        catch (ConfigException e)
        {
            stderr.WriteLine(e.Format());
            return ExitCodes.Error;
        }
        catch (InputException e)
        {
            stderr.WriteLine(new InputError(baselinePath!, e.Line, e.Message).ToString());
            return ExitCodes.Error;
        }

        var summary = new RunSummary();
        var progress = new Progress(stderr, environment.StderrIsTerminal);
        var expander = new PathExpander(environment.WorkingDirectory, config, common.StdinFormatOf(result));
        List<InputFile> files;
        try
        {
            files = expander.Expand(result.GetValue(common.Paths)!, summary.InputErrors);
        }
        catch (ConfigException e)
        {
            stderr.WriteLine(e.Format());
            return ExitCodes.Error;
        }

        foreach (var error in summary.InputErrors)
        {
            ReportError(error);
        }

        summary.Files = files.Count;
        var settings = common.Settings(result);
        var failed = false;

        void OnReply(ReplyResult reply)
        {
            if (baseline is not null && reply.Findings.Count > 0)
            {
                for (var i = reply.Findings.Count - 1; i >= 0; i--)
                {
                    if (baseline.TryConsume(reply.Reply.File.DisplayPath, reply.Reply.Id, reply.Findings[i]))
                    {
                        reply.Findings.RemoveAt(i);
                        reply.Baselined++;
                    }
                }
            }

            summary.Replies++;
            summary.Suppressed += reply.Suppressed;
            summary.Baselined += reply.Baselined;
            if (reply.Findings.Count > 0)
            {
                summary.FlaggedReplies++;
                summary.Diagnostics += reply.Findings.Count;
                string? lastCategory = null;
                foreach (var finding in reply.Findings)
                {
                    var severity = finding.Diagnostic.Severity;
                    switch (severity)
                    {
                        case DiagnosticSeverity.Error:
                            summary.Errors++;
                            break;
                        case DiagnosticSeverity.Warning:
                            summary.Warnings++;
                            break;
                        default:
                            summary.Infos++;
                            break;
                    }

                    var category = finding.Diagnostic.Category;
                    summary.ByCategory[category] = summary.ByCategory.TryGetValue(category, out var count) ? count + 1 : 1;
                    if (category != lastCategory && !HasEarlier(reply.Findings, finding, category))
                    {
                        summary.FlaggedRepliesByCategory[category] = summary.FlaggedRepliesByCategory.TryGetValue(category, out var replies) ? replies + 1 : 1;
                    }

                    lastCategory = category;
                    if (failLevel is { } level && severity >= level)
                    {
                        failed = true;
                    }
                }
            }

            if (minScore is { } min && reply.Analysis.Score < min)
            {
                summary.BelowMinScore++;
                failed = true;
            }

            reporter.OnReply(reply);
            progress.Tick(summary.Replies);
        }

        void OnError(InputError error)
        {
            summary.InputErrors.Add(error);
            ReportError(error);
        }

        void ReportError(InputError error)
        {
            // One line on standard error in every format, so that a CI log shows why the run exited with 2; JSON and
            // SARIF reports also carry the error (summary.errors, toolExecutionNotifications).
            progress.Clear();
            stderr.WriteLine(error.ToString());
            reporter.OnError(error);
        }

        var items = ReadAll(files, settings, environment);
        await CheckPipeline.RunAsync(items, OnReply, OnError, cancellationToken).ConfigureAwait(false);
        progress.Clear();
        reporter.Complete(summary);
        if (baselineMode)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"deesc: baseline of {summary.Diagnostics} findings in {summary.FlaggedReplies} of {summary.Replies} replies ({summary.Files} files)"));
        }

        if (summary.InputErrors.Count > 0)
        {
            return ExitCodes.Error;
        }

        return failed && !baselineMode ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static bool HasEarlier(List<Finding> findings, Finding finding, string category)
    {
        foreach (var other in findings)
        {
            if (ReferenceEquals(other, finding))
            {
                return false;
            }

            if (other.Diagnostic.Category == category)
            {
                return true;
            }
        }

        return false;
    }

    internal static IEnumerable<ReadItem> ReadAll(List<InputFile> files, ReadSettings settings, CliEnvironment environment)
    {
        foreach (var file in files)
        {
            foreach (var item in InputReaders.Read(file, settings, environment.ReadStdinBytes))
            {
                yield return item;
            }
        }
    }

    internal static string? ResolvePath(CliEnvironment environment, string? path) =>
        path is null ? null : System.IO.Path.GetFullPath(path, environment.WorkingDirectory);

    /// <summary>A one-line progress count on standard error, only on a terminal and only once a run has taken more than a second.</summary>
    private sealed class Progress
    {
        private readonly System.IO.TextWriter _stderr;
        private readonly bool _enabled;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastDraw;
        private bool _drawn;

        public Progress(System.IO.TextWriter stderr, bool enabled)
        {
            _stderr = stderr;
            _enabled = enabled;
        }

        public void Tick(int replies)
        {
            if (!_enabled || (replies & 63) != 0)
            {
                return;
            }

            var now = _clock.ElapsedMilliseconds;
            if (now < 1000 || now - _lastDraw < 200)
            {
                return;
            }

            _lastDraw = now;
            _drawn = true;
            var spinner = "|/-\\"[(int)(now / 200 % 4)];
            _stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{spinner} deesc: {replies:N0} replies checked ({now / 1000.0:0.0} s)"));
            _stderr.Flush();
        }

        public void Clear()
        {
            if (_drawn)
            {
                _stderr.Write("\r\u001b[K");
                _stderr.Flush();
                _drawn = false;
            }
        }
    }
}
