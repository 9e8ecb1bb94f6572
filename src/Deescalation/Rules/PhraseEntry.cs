using System;
using Deescalation.Analysis;
using Deescalation.Rules.Data;
namespace Deescalation.Rules;

/// <summary>
/// One row of a phrase table: the pattern, the rule it belongs to, and how the rule reads it.
/// </summary>
internal sealed class PhraseEntry
{
    public PhraseEntry(string pattern, string? replacement = null, int kind = 0)
    {
        Pattern = pattern;
        Replacement = replacement;
        Kind = kind;
    }

    /// <summary>The pattern, in the language of <see cref="PhrasePattern"/>.</summary>
    public string Pattern { get; }

    /// <summary>The text a fix puts in place of the phrase; <see langword="null"/> when the rule builds its own.</summary>
    public string? Replacement { get; }

    /// <summary>A rule-specific tag telling the rule how to treat the match.</summary>
    public int Kind { get; }

    /// <summary>Conditions that must all hold (<c>when:</c>); checked by the engine before any rule sees the match.</summary>
    /// <summary>Whether <see cref="Replacement"/> is a safe drop-in or a suggestion (<c>fix:</c> or <c>suggest:</c>).</summary>
    public FixApplicability FixKind { get; init; }

    public RowCondition[] When { get; init; } = Array.Empty<RowCondition>();

    /// <summary>Conditions none of which may hold (<c>unless:</c>).</summary>
    public RowCondition[] Unless { get; init; } = Array.Empty<RowCondition>();

    /// <summary>Whether the row has conditions for the engine to check.</summary>
    public bool IsConditional => When.Length > 0 || Unless.Length > 0;

    /// <summary>The signal a row of the language file sets; <see cref="SignalKind.None"/> for a rule's row.</summary>
    public SignalKind Signal { get; init; }

    /// <summary>The rule that owns the row, in one engine; set when the engine copies the tables; none for a signal row.</summary>
    public ReplyRule? Owner { get; init; }

    /// <summary>The row's descriptor, for rules with one descriptor per row (custom rules).</summary>
    public DiagnosticDescriptor? Descriptor { get; init; }

    /// <summary>The message for custom rules.</summary>
    public string? Message { get; init; }
}
