using System.IO;
using Deescalation.Cli.Analysis;

namespace Deescalation.Cli.Output;

/// <summary>
/// The `--format json` document: {"replies": [...], "summary": {...}}. Offsets (start, length) are UTF-16 offsets
/// into the reply's text; line and column are 1-based file positions. Every reply appears, clean ones too.
/// </summary>
internal sealed class JsonReporter : Reporter
{
    private readonly JsonOutput _output;

    public JsonReporter(TextWriter stdout)
    {
        _output = new JsonOutput(stdout);
        _output.Writer.WriteStartObject();
        _output.Writer.WriteStartArray("replies");
    }

    public override void OnReply(ReplyResult result)
    {
        var w = _output.Writer;
        var reply = result.Reply;
        w.WriteStartObject();
        w.WriteString("file", reply.File.DisplayPath);
        w.WriteString("id", reply.Id);
        if (reply.Title is not null)
        {
            w.WriteString("title", reply.Title);
        }

        w.WriteNumber("line", reply.Line);
        w.WriteNumber("score", result.Analysis.Score);
        w.WriteString("band", BandName(result.Analysis.Band));
        w.WriteStartArray("diagnostics");
        foreach (var finding in result.Findings)
        {
            var d = finding.Diagnostic;
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("category", d.Category);
            w.WriteString("severity", SeverityName(d.Severity));
            w.WriteNumber("start", d.Span.Start);
            w.WriteNumber("length", d.Span.Length);
            w.WriteNumber("line", finding.Line);
            w.WriteNumber("column", finding.Column);
            w.WriteNumber("endLine", finding.EndLine);
            w.WriteNumber("endColumn", finding.EndColumn);
            w.WriteString("message", FindingText.Message(d));
            w.WriteString("title", d.Descriptor.Title);
            w.WriteString("helpUri", d.Descriptor.HelpLinkUri);
            w.WriteStartArray("fixes");
            foreach (var fix in d.Fixes)
            {
                w.WriteStartObject();
                w.WriteString("title", fix.Title);
                w.WriteString("applicability", ApplicabilityName(fix.Applicability));
                w.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    w.WriteStartObject();
                    w.WriteNumber("start", edit.Span.Start);
                    w.WriteNumber("length", edit.Span.Length);
                    w.WriteString("newText", edit.NewText);
                    if (edit.Placeholders.Count > 0)
                    {
                        w.WriteStartArray("placeholders");
                        foreach (var placeholder in edit.Placeholders)
                        {
                            w.WriteStartObject();
                            w.WriteNumber("start", placeholder.Start);
                            w.WriteNumber("length", placeholder.Length);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (result.Suppressed > 0)
        {
            w.WriteNumber("suppressed", result.Suppressed);
        }

        if (result.Baselined > 0)
        {
            w.WriteNumber("baselined", result.Baselined);
        }

        w.WriteEndObject();
        _output.MaybeFlush();
    }

    public override void Complete(RunSummary summary)
    {
        var w = _output.Writer;
        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("files", summary.Files);
        w.WriteNumber("replies", summary.Replies);
        w.WriteNumber("diagnostics", summary.Diagnostics);
        w.WriteNumber("flaggedReplies", summary.FlaggedReplies);
        w.WriteStartObject("bySeverity");
        w.WriteNumber("error", summary.Errors);
        w.WriteNumber("warning", summary.Warnings);
        w.WriteNumber("info", summary.Infos);
        w.WriteEndObject();
        w.WriteStartObject("byCategory");
        foreach (var pair in summary.ByCategory)
        {
            w.WriteNumber(pair.Key, pair.Value);
        }

        w.WriteEndObject();
        w.WriteStartObject("flaggedRepliesByCategory");
        foreach (var pair in summary.FlaggedRepliesByCategory)
        {
            w.WriteNumber(pair.Key, pair.Value);
        }

        w.WriteEndObject();
        w.WriteNumber("suppressed", summary.Suppressed);
        w.WriteNumber("baselined", summary.Baselined);
        w.WriteNumber("belowMinScore", summary.BelowMinScore);
        w.WriteStartArray("errors");
        foreach (var error in summary.InputErrors)
        {
            w.WriteStartObject();
            w.WriteString("file", error.File);
            if (error.Line > 0)
            {
                w.WriteNumber("line", error.Line);
            }
            else
            {
                w.WriteNull("line");
            }

            w.WriteString("message", error.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        _output.Dispose();
    }

    internal static string BandName(ScoreBand band) => band switch
    {
        ScoreBand.Calm => "calm",
        ScoreBand.NeedsReview => "needs-review",
        _ => "escalating",
    };
}
