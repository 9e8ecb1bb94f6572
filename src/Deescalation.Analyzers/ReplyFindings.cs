namespace Deescalation.Analyzers;

using System;
using System.Threading;
using Deescalation.Analyzers.Text;
using Microsoft.CodeAnalysis;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

/// <summary>Runs the library over one piece of reply text and reports its findings at their places in source.</summary>
internal static class ReplyFindings
{
    public static void Report(MappedReply reply, SyntaxTree tree, Action<RoslynDiagnostic> report, CancellationToken cancellationToken) =>
        Report(reply, span => Location.Create(tree, span), report, cancellationToken);

    public static void Report(MappedReply reply, Func<Microsoft.CodeAnalysis.Text.TextSpan, Location> locate, Action<RoslynDiagnostic> report, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reply.Text))
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var analysis = ReplyAnalyzer.Default.Analyze(reply.Text);
        foreach (var finding in analysis.Diagnostics)
        {
            if (!reply.TryMapSpan(finding.Span.Start, finding.Span.Length, out var span))
            {
                continue;
            }

            if (ReplyTextAnalyzer.Create(finding, reply, locate(span)) is { } diagnostic)
            {
                report(diagnostic);
            }
        }
    }
}
