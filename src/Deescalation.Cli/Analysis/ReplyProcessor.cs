using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Analysis;

/// <summary>Analyses one reply and turns its diagnostics into findings with file positions; thread-safe.</summary>
internal static class ReplyProcessor
{
    public static ReplyResult Process(InputReply reply)
    {
        var analysis = reply.File.Config.Analyzer.Analyze(reply.Text, reply.Context);
        var findings = new List<Finding>(analysis.Diagnostics.Count);
        var suppressed = 0;
        var suppressions = reply.File.Suppressions;
        foreach (var diagnostic in analysis.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            var (line, column) = reply.GetPosition(diagnostic.Span.Start);
            if (!suppressions.IsEmpty && suppressions.IsSuppressed(line, reply.NextLineCoversReply ? reply.Line : 0, diagnostic.Id, diagnostic.Category))
            {
                suppressed++;
                continue;
            }

            var (endLine, endColumn) = reply.GetPosition(diagnostic.Span.End);
            if (reply.MapToSource(diagnostic.Span.End) < 0)
            {
                (endLine, endColumn) = (line, column);
            }

            findings.Add(new Finding(diagnostic, line, column, endLine, endColumn, HashOf(reply.Text, diagnostic.Span)));
        }

        return new ReplyResult(reply, analysis, findings, suppressed);
    }

    /// <summary>A short hash of the flagged text, case and spacing folded, so that re-wrapping a line keeps a baseline entry matched.</summary>
    public static string HashOf(string text, TextSpan span)
    {
        var start = Math.Min(span.Start, text.Length);
        var length = Math.Min(span.Length, text.Length - start);
        var normalized = new StringBuilder(length);
        var space = false;
        foreach (var c in text.AsSpan(start, length))
        {
            if (char.IsWhiteSpace(c))
            {
                space = normalized.Length > 0;
                continue;
            }

            if (space)
            {
                normalized.Append(' ');
                space = false;
            }

            normalized.Append(char.ToLowerInvariant(c));
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString()), hash);
        return Convert.ToHexStringLower(hash.Slice(0, 8));
    }
}
