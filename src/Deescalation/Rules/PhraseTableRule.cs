using System;
using System.Collections.Generic;
using Deescalation.Analysis;

namespace Deescalation.Rules;

/// <summary>
/// A rule that is its table: every row is a phrase and the text that replaces it. Overlapping rows report once.
/// </summary>
internal abstract class PhraseTableRule : ReplyRule
{
    protected abstract DiagnosticDescriptor Descriptor { get; }

    protected abstract string Message { get; }

    protected abstract string FixTitle { get; }

    public override void Analyze(RuleContext context)
    {
        var covered = -1;
        foreach (var match in context.Matches)
        {
            var entry = context.Entries[match.Entry];
            if (entry.Owner != this || match.First <= covered || !Accept(context, match))
            {
                continue;
            }

            var descriptor = entry.Descriptor ?? Descriptor;
            var span = context.Span(match.First, match.Last);
            Fix? fix = null;
            if (entry.Replacement is { } replacement)
            {
                // A row's fix is a drop-in its author vouches for (and the engine checks); a suggestion is placed where it fits.
                var end = entry.FixKind == FixApplicability.Safe
                    ? (context.SafeRowFits(match.First, match.Last, replacement) ? match.Last : -1)
                    : context.FixEnd(match.First, match.Last, replacement, entry.FixKind);
                if (end >= 0)
                {
                    fix = replacement.Length == 0 && entry.FixKind == FixApplicability.Safe
                        ? context.Delete(FixTitle, match.First, end)
                        : context.Replace(FixTitle, context.Span(match.First, end), context.CaseFor(Reword(context, match, replacement), match.First), entry.FixKind);
                }
            }

            context.Report(descriptor, span, entry.Message ?? Message, fix);
            covered = match.Last;
        }
    }

    /// <summary>Adjusts a row's replacement to the words around the match.</summary>
    protected virtual string Reword(RuleContext context, PhraseMatch match, string replacement) => replacement;

    /// <summary>A last look at a match before it is reported; true to report it.</summary>
    protected virtual bool Accept(RuleContext context, PhraseMatch match) => !IsTitle(context, match);

    /// <summary>A phrase in Title Case inside a sentence is a name ("Not My Problem", a film), not the phrase.</summary>
    protected static bool IsTitle(RuleContext context, PhraseMatch match) => RowConditions.IsTitleCase(context, match);
}
