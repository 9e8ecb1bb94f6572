using System;
using System.Globalization;
using System.IO;
using Deescalation.Cli.Analysis;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Output;

/// <summary>
/// Compiler-style lines, `path(line,col): warning DEESC003: message`; on a terminal also the offending line with the span
/// underlined. Input errors go to standard error. A summary ends the report.
/// </summary>
internal sealed class TextReporter : Reporter
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly bool _underline;

    public TextReporter(TextWriter stdout, TextWriter stderr, bool underline)
    {
        _stdout = stdout;
        _stderr = stderr;
        _underline = underline;
    }

    public override void OnReply(ReplyResult result)
    {
        foreach (var finding in result.Findings)
        {
            var d = finding.Diagnostic;
            _stdout.Write(result.Reply.File.DisplayPath);
            _stdout.Write('(');
            _stdout.Write(finding.Line.ToString(CultureInfo.InvariantCulture));
            _stdout.Write(',');
            _stdout.Write(finding.Column.ToString(CultureInfo.InvariantCulture));
            _stdout.Write("): ");
            _stdout.Write(SeverityName(d.Severity));
            _stdout.Write(' ');
            _stdout.Write(d.Id);
            _stdout.Write(": ");
            _stdout.WriteLine(d.Message);
            if (_underline)
            {
                WriteUnderline(result.Reply, finding);
            }
        }
    }

    private void WriteUnderline(InputReply reply, Finding finding)
    {
        string line;
        int column;
        int length;
        if (reply.Source is not null && reply.MapToSource(finding.Diagnostic.Span.Start) >= 0)
        {
            line = reply.Source.GetLine(finding.Line);
            column = finding.Column;
            length = finding.EndLine == finding.Line ? finding.EndColumn - finding.Column : line.Length - column + 1;
        }
        else
        {
            // No file mapping (CSV cell, e-mail body): show the reply's own line around the span.
            var span = finding.Diagnostic.Span;
            var text = reply.Text;
            var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
            var lineEnd = text.IndexOf('\n', span.Start);
            line = text.Substring(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimEnd('\r');
            column = span.Start - lineStart + 1;
            length = Math.Min(span.Length, line.Length - column + 1);
        }

        line = line.Replace('\t', ' ');
        _stdout.Write("    ");
        _stdout.WriteLine(line);
        _stdout.Write("    ");
        _stdout.Write(new string(' ', Math.Max(0, Math.Min(column - 1, line.Length))));
        _stdout.WriteLine(new string('^', Math.Max(1, length)));
    }

    public override void Complete(RunSummary summary)
    {
        if (summary.Diagnostics > 0)
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
}
