using System.Globalization;
using System.IO;
using Deescalation.Cli.Analysis;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Output;

/// <summary>
/// What a person reads in a CI log, in the manner of ESLint's and Vale's reports: findings grouped by file and reply,
/// one line each (`path:line:col: severity ID: message`) followed by the flagged words and the suggested fix;
/// colour only on a terminal without NO_COLOR. A summary ends the report. Input errors go to standard error (the command writes them).
/// </summary>
internal sealed class TextReporter : Reporter
{
    private readonly TextWriter _stdout;
    private readonly Ansi _ansi;
    private string? _lastFile;

    public TextReporter(TextWriter stdout, bool color)
    {
        _stdout = stdout;
        _ansi = new Ansi(color);
    }

    public override void OnReply(ReplyResult result)
    {
        if (result.Findings.Count == 0)
        {
            return;
        }

        var reply = result.Reply;
        var path = reply.File.DisplayPath;
        if (path != _lastFile)
        {
            if (_lastFile is not null)
            {
                _stdout.WriteLine();
            }

            _stdout.WriteLine(_ansi.Bold(path));
            _lastFile = path;
        }

        var indent = "  ";
        if (HasManyReplies(reply.File.Format))
        {
            _stdout.Write("  ");
            _stdout.Write(_ansi.Bold("#" + reply.Id));
            if (!string.IsNullOrEmpty(reply.Title))
            {
                _stdout.Write(' ');
                _stdout.Write(_ansi.Dim("\"" + reply.Title + "\""));
            }

            _stdout.WriteLine();
            indent = "    ";
        }

        foreach (var finding in result.Findings)
        {
            var d = finding.Diagnostic;
            _stdout.Write(indent);
            _stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{path}:{finding.Line}:{finding.Column}: "));
            _stdout.Write(_ansi.Severity(d.Severity, SeverityName(d.Severity)));
            _stdout.Write(' ');
            _stdout.Write(_ansi.Dim(d.Id));
            _stdout.Write(": ");
            _stdout.WriteLine(FindingText.Message(d));
            _stdout.Write(indent);
            _stdout.Write("  ");
            if (FindingText.SuggestedFix(reply, d) is { } fix)
            {
                _stdout.Write(_ansi.Bold("\"" + fix.Before + "\""));
                _stdout.Write(" -> ");
                _stdout.Write(_ansi.Green("\"" + fix.After + "\""));
                _stdout.WriteLine(fix.Applicability switch
                {
                    FixApplicability.NeedsInput => _ansi.Dim(" (fill in the [placeholders]; deesc fix --include needs-input)"),
                    FixApplicability.Suggestion => _ansi.Dim(" (suggestion: adapt it by hand)"),
                    _ => string.Empty,
                });
            }
            else
            {
                _stdout.WriteLine(_ansi.Bold("\"" + FindingText.Flagged(reply, d) + "\""));
            }
        }
    }

    private static bool HasManyReplies(InputFormat format) => format is not (InputFormat.Text or InputFormat.Markdown or InputFormat.Email);

    public override void Complete(RunSummary summary)
    {
        if (_lastFile is not null)
        {
            _stdout.WriteLine();
        }

        _stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{Plural(summary.Files, "file")}, {Plural(summary.Replies, "reply", "replies")}: "));
        if (summary.Diagnostics == 0)
        {
            _stdout.Write("no findings");
        }
        else
        {
            _stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{Plural(summary.Errors, "error")}, {Plural(summary.Warnings, "warning")}, {summary.Infos} info in {Plural(summary.FlaggedReplies, "reply", "replies")}"));
        }

        if (summary.Suppressed > 0)
        {
            _stdout.Write(string.Create(CultureInfo.InvariantCulture, $"; {summary.Suppressed} suppressed"));
        }

        if (summary.Baselined > 0)
        {
            _stdout.Write(string.Create(CultureInfo.InvariantCulture, $"; {summary.Baselined} in the baseline"));
        }

        if (summary.BelowMinScore > 0)
        {
            _stdout.Write(string.Create(CultureInfo.InvariantCulture, $"; {Plural(summary.BelowMinScore, "reply", "replies")} below the minimum score"));
        }

        if (summary.InputErrors.Count > 0)
        {
            _stdout.Write(string.Create(CultureInfo.InvariantCulture, $"; {Plural(summary.InputErrors.Count, "input error")}"));
        }

        _stdout.WriteLine(".");
        if (summary.ByCategory.Count > 0)
        {
            var first = true;
            _stdout.Write("  by category: ");
            foreach (var pair in summary.ByCategory)
            {
                _stdout.Write(first ? string.Empty : ", ");
                _stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value}"));
                first = false;
            }

            _stdout.WriteLine();
        }

        _stdout.Flush();
    }

    private static string Plural(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>ANSI styles, or plain text when colour is off.</summary>
    private readonly struct Ansi
    {
        private readonly bool _on;

        public Ansi(bool on) => _on = on;

        public string Bold(string text) => Wrap("1", text);

        public string Dim(string text) => Wrap("2", text);

        public string Green(string text) => Wrap("32", text);

        public string Severity(DiagnosticSeverity severity, string text) => Wrap(severity switch
        {
            DiagnosticSeverity.Error => "1;31",
            DiagnosticSeverity.Warning => "33",
            _ => "36",
        }, text);

        private string Wrap(string code, string text) => _on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
