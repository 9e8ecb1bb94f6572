using System.Collections.Generic;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Analysis;

/// <summary>A reported finding: the library's diagnostic plus where it sits in the file.</summary>
internal sealed class Finding
{
    public Finding(Diagnostic diagnostic, int line, int column, int endLine, int endColumn, string textHash)
    {
        Diagnostic = diagnostic;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        TextHash = textHash;
    }

    public Diagnostic Diagnostic { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    /// <summary>Hash of the flagged text, for baselines that survive edits elsewhere in the reply.</summary>
    public string TextHash { get; }
}

/// <summary>The outcome for one reply, after inline suppressions (and, later, the baseline) are applied.</summary>
internal sealed class ReplyResult
{
    public ReplyResult(InputReply reply, ReplyAnalysis analysis, List<Finding> findings, int suppressed)
    {
        Reply = reply;
        Analysis = analysis;
        Findings = findings;
        Suppressed = suppressed;
    }

    public InputReply Reply { get; }

    public ReplyAnalysis Analysis { get; }

    public List<Finding> Findings { get; }

    public int Suppressed { get; }

    public int Baselined { get; set; }
}
