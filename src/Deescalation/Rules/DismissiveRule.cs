using System;
using System.Collections.Generic;
using System.Globalization;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC008 and DEESC009: dismissing or policing the customer's feelings, and condescending words. Guide 000:
/// "Never be patronizing. Avoid apologizing in a way that seems like you're belittling the customer"; guide 004:
/// "Avoid arguing, interrupting, or dismissing the customer's feelings".
/// </summary>
internal sealed class DismissiveRule : ReplyRule
{
    public override string Name => "dismissive";

    /// <summary>The behaviours rows of the data name (kebab-case: <c>feelings</c>).</summary>
    private enum Behaviour
    {
        /// <summary>A row that names no behaviour.</summary>
        Plain = 0,

        Feelings = 1,

        /// <summary>"relax", "chill": imperative only, and never a product name ("Relax Mode").</summary>
        Imperative = 2,

        Condescending = 3,

        /// <summary>"It's no big deal" minimises; "it's no big deal to change the date for you" offers help.</summary>
        NotATask = 4,
    }

    protected override Type Behaviours => typeof(Behaviour);


    private WordSet _imperativeLeads;
    private WordSet _clearlyOwnVerbs;
    private int _clearly;
    private int _all;
    private WordSet _belittling;
    private int _simply;
    private WordSet _instructionLeads;
    private WordSet _pointers;
    private WordSet _backReferences;
    private int _please;
    private int _to;


    public override IEnumerable<string> Words => new[] { "all", "only", "obviously", "to" };

    public override void Initialize(Lexicon lexicon)
    {
        _imperativeLeads = Class(lexicon, "imperative-leads");
        _clearlyOwnVerbs = Class(lexicon, "clearly-own-verbs");
        _clearly = lexicon.Id("clearly");
        _all = lexicon.Id("all");
        _belittling = Class(lexicon, "belittling");
        _simply = lexicon.Id("simply");
        _instructionLeads = Class(lexicon, "instruction-leads");
        _pointers = Class(lexicon, "pointers");
        _backReferences = Class(lexicon, "back-references");
        _please = lexicon.Id("please");
        _to = lexicon.Id("to");
    }

    public override void Analyze(RuleContext context)
    {
        var tokens = context.Tokens;
        var covered = -1;
        var matches = context.Matches;
        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            var entry = context.Entries[match.Entry];
            if (entry.Owner != this || match.First <= covered)
            {
                continue;
            }

            if ((Behaviour)entry.Kind == Behaviour.Condescending)
            {
                if (IsProperNoun(context, match.First) || IsSelfDirected(context, match) ||
                    (tokens[match.First].Id == _clearly && !IsCondescendingClearly(context, match.First)) ||
                    (tokens[match.First].Id == _simply && !IsInstruction(context, match.First)))
                {
                    continue;
                }

                covered = ReportCondescending(context, match);
                continue;
            }

            if ((Behaviour)entry.Kind == Behaviour.Imperative && (IsProperNoun(context, match.First) || !IsImperative(context, match.First)))
            {
                continue;
            }

            if ((Behaviour)entry.Kind == Behaviour.NotATask && IsFollowedByTo(context, match.Last))
            {
                continue;
            }

            covered = ReportFeelings(context, index);
        }
    }

    private int ReportFeelings(RuleContext context, int index)
    {
        var match = context.Matches[index];
        var tokens = context.Tokens;
        var first = match.First;

        // Take the softeners with it: "Please calm down" -> "I understand how frustrating this is".
        while (first > 0 && context.SameSentence(first - 1, first) && _imperativeLeads.Contains(tokens[first - 1].Id) && tokens[first - 1].Id != context.Common.And && match.First - first < 3)
        {
            first--;
        }

        // Merge the rest of the clause and any second dismissal in it ("take a deep breath and calm down").
        var last = context.ClauseEnd(match.Last);
        var matches = context.Matches;
        for (var k = index + 1; k < matches.Count && context.SameSentence(matches[k].First, match.First); k++)
        {
            var other = matches[k];
            if (other.First > last && context.Entries[other.Entry].Owner == this &&
                (Behaviour)context.Entries[other.Entry].Kind == Behaviour.Feelings && OnlyConjunctionsBetween(context, last, other.First))
            {
                last = context.ClauseEnd(other.Last);
            }
        }

        // A trailing ", please" goes too.
        if (last + 2 < context.TokenCount && context.SameSentence(last, last + 2) && tokens[last + 1].Id == context.Common.Comma && tokens[last + 2].Id == _please)
        {
            last += 2;
        }

        // The acknowledgement is a clause: it replaces the dismissal only where the dismissal is a whole clause, and only
        // where the next clause does not point back into it ("Try not to stress about the letter, it's an automated one":
        // "one" would lose "the letter"; fix read of the twelfth round).
        var span = context.Span(first, last);
        var acknowledge = Text("fix.acknowledge");
        var pointedBack = last + 2 < context.TokenCount && context.SameSentence(last, last + 2) && tokens[last + 1].Id == context.Common.Comma &&
                          _backReferences.Contains(tokens[last + 2].Id);
        // After a comma ("Delays happen, it's honestly not a big deal", "its fine, these things happen!") the acknowledgement
        // splices two sentences and sits beside the words it contradicts (fix reads AE and AF): no fix; the agent rewrites.
        var afterComma = first > 0 && context.SameSentence(first - 1, first) && tokens[first - 1].Id == context.Common.Comma;
        context.Report(
            DescriptorOf("DEESC008"),
            span,
            Text("finding.feelings"),
            !pointedBack && !afterComma && context.Fits(first, last, acknowledge) ? context.Replace(Text("fix-title.feelings"), span, context.CaseFor(acknowledge, first)) : null);
        return last;
    }

    private static bool OnlyConjunctionsBetween(RuleContext context, int last, int next)
    {
        for (var i = last + 1; i < next; i++)
        {
            if (!context.Common.Conjunctions.Contains(context.Tokens[i].Id) && context.Tokens[i].Id != context.Common.Comma)
            {
                return false;
            }
        }

        return true;
    }

    private int ReportCondescending(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var first = match.First;
        var last = match.Last;
        var word = context.Text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);
        var title = string.Format(CultureInfo.InvariantCulture, Text("fix-title.condescending"), word);
        TextSpan span;
        Fix? fix;
        if (context.Entries[match.Entry].Replacement is { } replacement)
        {
            // "Everyone knows the app needs updating" -> "As you may know, the app needs updating".
            span = context.Span(first, last);
            fix = context.SafeRowFits(first, last, replacement) ? context.Replace(title, span, context.CaseFor(replacement, first), FixApplicability.Safe) : null;
        }
        else if (last > first && tokens[first].Id != _all && !Contains(context, first, last, context.Common.You))
        {
            // "It's simply a matter of clicking" -> "It's a matter of clicking".
            var belittling = first;
            while (belittling < last && !_belittling.Contains(tokens[belittling].Id))
            {
                belittling++;
            }

            span = context.Span(first, last);
            fix = _belittling.Contains(tokens[belittling].Id) ? context.Delete(title, belittling, belittling) : null;
        }
        else if (last > first && tokens[first].Id != _all)
        {
            // "Surely you know the shop closes at six" -> "You know the shop closes at six": drop the jab, keep the fact.
            var you = first;
            while (you < last && tokens[you].Id != context.Common.You)
            {
                you++;
            }

            var youText = context.Text.Substring(tokens[you].Start, tokens[you].Length);
            fix = new Fix(title, new[] { new TextEdit(context.Span(first, you), context.CaseFor(youText, first)) });
            last = match.Last;
            span = context.Span(first, last);
        }
        else if ((last == first || tokens[first].Id == _all) && context.StartsSentence(first) && last + 1 < context.TokenCount && context.SameSentence(first, last + 1))
        {
            // "Obviously, that fixes it" -> "That fixes it"; "All you need to do is click Resend" -> "Click Resend".
            var next = last + 1;
            while (next < context.TokenCount && context.SameSentence(first, next) && tokens[next].Is(TokenFlags.Punct))
            {
                next++;
            }

            if (next >= context.TokenCount || !context.SameSentence(first, next))
            {
                return match.Last;
            }

            span = context.Span(first, next);
            fix = context.Delete(title, first, last);
            last = next;
        }
        else
        {
            span = context.Span(first, last);
            fix = context.Delete(title, first, last);
        }

        context.Report(DescriptorOf("DEESC009"), span, string.Format(CultureInfo.InvariantCulture, Text("finding.condescending"), word), fix);
        return last;
    }

    private bool IsImperative(RuleContext context, int token)
    {
        var tokens = context.Tokens;
        if (tokens[token].Is(TokenFlags.SentenceStart) || tokens[token].Is(TokenFlags.ListItemStart))
        {
            // "Relax, we've got this" and "Relax." are imperatives; "Relax Mode is on" is not (proper noun check).
            return true;
        }

        return token > 0 && context.SameSentence(token - 1, token) && _imperativeLeads.Contains(tokens[token - 1].Id);
    }

    /// <summary>"That's obviously not the experience we want" is about us, not a jab at the customer.</summary>
    private static bool Contains(RuleContext context, int first, int last, int id)
    {
        for (var i = first; i <= last; i++)
        {
            if (context.Tokens[i].Id == id)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSelfDirected(RuleContext context, PhraseMatch match)
    {
        var next = match.Last + 1;
        return match.First == match.Last && next < context.TokenCount && context.SameSentence(match.Last, next) && context.Tokens[next].Id == context.Common.Not;
    }

    private bool IsFollowedByTo(RuleContext context, int last)
    {
        for (var i = last + 1; i < context.TokenCount && i <= last + 3 && context.SameSentence(last, i); i++)
        {
            if (context.Tokens[i].Id == _to)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsInstruction(RuleContext context, int token)
    {
        // "The cold brew is simply ice and coffee" describes; "simply restart it" instructs.
        var tokens = context.Tokens;
        if (tokens[token].Is(TokenFlags.SentenceStart) || tokens[token].Is(TokenFlags.ListItemStart))
        {
            return true;
        }

        return token > 0 && context.SameSentence(token - 1, token) && _instructionLeads.Contains(tokens[token - 1].Id);
    }

    private bool IsCondescendingClearly(RuleContext context, int token)
    {
        // "we didn't explain it clearly" owns the problem; "clearly you didn't read it" is a jab.
        var tokens = context.Tokens;
        if (token > 0 && context.SameSentence(token - 1, token) && _clearlyOwnVerbs.Contains(tokens[token - 1].Id))
        {
            return false;
        }

        if (token + 1 < context.TokenCount && context.SameSentence(token, token + 1) && _clearlyOwnVerbs.Contains(tokens[token + 1].Id))
        {
            return false;
        }

        if (token > 0 && context.SameSentence(token - 1, token))
        {
            var previous = context.TextOf(token - 1);
            if (previous.EndsWith("ed".AsSpan(), StringComparison.OrdinalIgnoreCase) || previous.EndsWith("en".AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                // "advertised clearly", "if not seen clearly".
                return false;
            }

            if (tokens[token - 1].Id == context.Common.You)
            {
                return true;
            }
        }

        // "Clearly, you missed it", "the terms clearly state": a pointed finger.
        return token + 1 < context.TokenCount && context.SameSentence(token, token + 1) &&
               (tokens[token].Is(TokenFlags.SentenceStart) || _pointers.Contains(tokens[token + 1].Id));
    }

    /// <summary>A capitalised word inside a sentence, or one followed by another capitalised word, is a name ("Simply Business").</summary>
    internal static bool IsProperNoun(RuleContext context, int token)
    {
        var tokens = context.Tokens;
        if (!tokens[token].Is(TokenFlags.InitialUpper) || tokens[token].Is(TokenFlags.AllUpper))
        {
            return false;
        }

        if (!tokens[token].Is(TokenFlags.SentenceStart) && !tokens[token].Is(TokenFlags.LineStart) && !tokens[token].Is(TokenFlags.ListItemStart))
        {
            var previous = token - 1;
            return !(previous >= 0 && context.Common.IsQuote(tokens[previous].Id));
        }

        var next = token + 1;
        return next < context.TokenCount && context.SameSentence(token, next) && tokens[next].Is(TokenFlags.Word) &&
               tokens[next].Is(TokenFlags.InitialUpper) && !(tokens[next].Length == 1 && context.Text[tokens[next].Start] == 'I');
    }
}
