using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// DEESC008 and DEESC009: dismissing or policing the customer's feelings, and condescending words. Guide 000:
/// "Never be patronizing. Avoid apologizing in a way that seems like you're belittling the customer"; guide 004:
/// "Avoid arguing, interrupting, or dismissing the customer's feelings".
/// </summary>
internal sealed class DismissiveRule : ReplyRule
{
    private const int Feelings = 1;

    /// <summary>"relax", "chill": imperative only, and never a product name ("Relax Mode").</summary>
    private const int Imperative = 2;

    private const int Condescending = 3;

    /// <summary>"It's no big deal" minimises; "it's no big deal to change the date for you" offers help.</summary>
    private const int NotATask = 4;

    private const string Acknowledgement = "I understand how frustrating this is";

    private static readonly PhraseEntry[] Table =
    {
        new("calm (yourself)? down", kind: Feelings),
        new("calm yourself", kind: Feelings),
        new("(there is|there's) no need to (get|be|become)? (so|this|that)? (upset|worked up|angry|annoyed|agitated|rude|emotional|dramatic|excited|aggressive|hostile|shout|yell|panic|overreact|raise your voice|make a fuss|use that tone|take that tone)", kind: Feelings),
        new("no (need|reason|call) to (get|be)? (so|this|that)? (upset|worked up|angry|rude|emotional|dramatic|shout|yell|overreact|panic|stressed|annoyed|frustrated|cross|mad)", kind: Feelings),
        new("(it is|it's|this is|that is|that's)? (not|hardly|hardly|not exactly|not really) the end of the world", kind: Feelings),
        new("keep your (hair|shirt|knickers) on", kind: Feelings),
        new("(nothing|not something|not much) to (get|be) (so)? (upset|worked up|angry|annoyed|excited|stressed|worried) (about|over)", kind: Feelings),
        new("(try not to|do not|don't|no need to) take (it|this|that) (so)? personally", kind: Feelings),
        new("(it is|it's|this is|this isn't|it isn't)? (really|hardly)? (not)? rocket science", kind: Feelings),
        new("(less|not as|not so) (serious|bad|important|urgent|big|dramatic) (than|as) (you|your) *3 (imply|implies|suggest|suggests|think|make out|makes out|claim|claims)", kind: Feelings),
        new("(a|this|the) (tiny|small|minor|little) *2 (that|which) (most|other|many) (people|customers|users) (would not|wouldn't|won't|do not|don't) (even)? (notice|mind|see)", kind: Feelings),
        new("(these|such|things like this|things like that) (things)? happen", kind: Feelings),
        new("(it|this|that) happens all the time", kind: Feelings),
        new("(it is|it's|this is)? (simply|just|only) a (simple)? (matter|case|question) of", kind: Condescending),
        new("(it is|it's|this is|that is|that's)? not (a|that|such a|that much of a|that big of a)? (big|huge|major) (a)? deal", kind: Feelings),
        new("(it is|this is|that is)? no big deal", kind: NotATask),
        new("what is the big deal", kind: Feelings),
        new("you (are|seem to be|appear to be) (overreacting|over-reacting|over reacting|exaggerating|being (a little|a bit|rather|quite|too|very|so|slightly|somewhat)? (dramatic|unreasonable|emotional|silly|difficult|ridiculous|hysterical|childish|oversensitive|sensitive|precious|petty)|too sensitive|too emotional|making a fuss|making a big deal)", kind: Feelings),
        new("(let's|let us) not (make|get|be) (so)? (a fuss|a big deal|a drama|dramatic|upset|worked up|carried away)", kind: Feelings),
        new("(make|making|made) (a fuss|a big deal|a drama|a scene|a mountain out of a molehill) (over|about|of|out of)?", kind: Feelings),
        new("(making|turning) (this|it|that) into a (bigger|huge|worse) (problem|deal|issue|drama)", kind: Feelings),
        new("(blowing|blown) (this|it|that) (way)? out of proportion", kind: Feelings),
        new("(bigger|worse) (problem|deal|issue) than it (is|really is|needs to be)", kind: Feelings),
        new("(most|other|many) (customers|people|users) (do not|don't|never) (even)? (notice|mind|complain|care|have a problem)", kind: Feelings),
        new("(not|hardly|isn't|is not|not really) worth (getting|being|becoming) (so)? (upset|angry|worked up|annoyed|stressed|bothered) (over|about)?", kind: Feelings),
        new("(you are|you're|you seem to be) (getting|being) (too|very|so|a bit|a little)? (worked up|emotional|upset|excited|agitated) (over|about)? (nothing|this|a)?", kind: Feelings),
        new("(take|have) a deep breath", kind: Feelings),
        new("(settle|cool) down", kind: Imperative),
        new("(do not|don't) (get|be) (so|too)? (upset|worked up|angry|emotional|dramatic|excited|agitated)", kind: Feelings),
        new("(it is|it's|this is|that is|that's) (only|just|merely) (a|an|one|two) *2 (delay|issue|problem|inconvenience|glitch|fee|charge|day|days|scratch|mistake|bug|error|parcel|package|order|dent|mark|hour|hours|week)", kind: Feelings),
        new("(it is|it's|this is|that is) (really)? not (that|such a) (bad|serious|big|important)", kind: Feelings),
        new("(it is|this is|that is) (only|just|merely|really)? (a|such a) (minor|small|tiny|trivial|little) (issue|problem|thing|inconvenience|detail|matter)", kind: Feelings),
        new("stop (shouting|yelling|complaining|whining|moaning|overreacting)", kind: Feelings),
        new("(you|you'll) (just)? (need|have) to (calm|relax|be patient)", kind: Feelings),
        new("(relax|chill)", kind: Imperative),
        new("chill out", kind: Imperative),
        new("(obviously|simply|clearly)", kind: Condescending),
        new("all you (need|have) to do is", kind: Condescending),
        new("(surely|of course) you (know|knew|realise|realize|understand|have|saw|noticed|read)", kind: Condescending),
        new("as (you|anyone|everyone) (should|would|must|can|could) (know|see|understand|tell)", kind: Condescending),
        new("(everyone|everybody|anyone|anybody) knows", kind: Condescending),
    };

    /// <summary>"Simply restart it", "you can simply click": an instruction that implies it was easy.</summary>
    private static readonly string[] InstructionLeads = { "you", "can", "just", "to", "please", "and", "will", "then", "could", "need", "should", "must" };

    private static readonly string[] Pointers = { "you", "the", "this", "that", "it", "your", "there", "we", "they", "state", "show", "say", "stated", "states", "says", "said", "shows", "showed", "explains", "explained", "written", "mentioned" };

    private static readonly string[] ImperativeLeads = { "please", "just", "to", "need", "try", "should", "must", "can", "and", "now", "so", "simply" };
    /// <summary>Around "clearly", these make it about our own clarity ("explain it clearly", "see it more clearly").</summary>
    private static readonly string[] ClearlyOwnVerbs =
    {
        "explain", "explained", "communicate", "communicated", "describe", "described", "visible", "see", "hear", "speak", "understand",
        "more", "less", "not", "very", "as", "so", "how", "be", "write", "label", "mark",
    };

    private WordSet _imperativeLeads;
    private WordSet _clearlyOwnVerbs;
    private int _clearly;
    private int _all;
    private WordSet _belittling;
    private int _simply;
    private WordSet _instructionLeads;
    private WordSet _pointers;
    private int _please;
    private int _to;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { RuleCatalog.DismissiveFeelings, RuleCatalog.CondescendingWord };

    public override IEnumerable<PhraseEntry> Phrases => Table;

    public override IEnumerable<string> Words => Join(ImperativeLeads, ClearlyOwnVerbs, InstructionLeads, Pointers, new[] { "all", "only", "obviously", "to" });

    public override void Initialize(Lexicon lexicon)
    {
        _imperativeLeads = lexicon.Set(ImperativeLeads);
        _clearlyOwnVerbs = lexicon.Set(ClearlyOwnVerbs);
        _clearly = lexicon.Id("clearly");
        _all = lexicon.Id("all");
        _belittling = lexicon.Set(new[] { "simply", "just", "only", "obviously", "clearly" });
        _simply = lexicon.Id("simply");
        _instructionLeads = lexicon.Set(InstructionLeads);
        _pointers = lexicon.Set(Pointers);
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

            if (entry.Kind == Condescending)
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

            if (entry.Kind == Imperative && (IsProperNoun(context, match.First) || !IsImperative(context, match.First)))
            {
                continue;
            }

            if (entry.Kind == NotATask && IsFollowedByTo(context, match.Last))
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
                context.Entries[other.Entry].Kind == Feelings && OnlyConjunctionsBetween(context, last, other.First))
            {
                last = context.ClauseEnd(other.Last);
            }
        }

        // A trailing ", please" goes too.
        if (last + 2 < context.TokenCount && context.SameSentence(last, last + 2) && tokens[last + 1].Id == context.Common.Comma && tokens[last + 2].Id == _please)
        {
            last += 2;
        }

        var span = context.Span(first, last);
        context.Report(
            RuleCatalog.DismissiveFeelings,
            span,
            "This tells the customer how to feel or plays the problem down; acknowledge the feeling instead.",
            context.Replace("Acknowledge the feeling", span, Acknowledgement));
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
        TextSpan span;
        TextEdit edit;
        if (last > first && tokens[first].Id != _all && !Contains(context, first, last, context.Common.You))
        {
            // "It's simply a matter of clicking" -> "It's a matter of clicking".
            var belittling = first;
            while (belittling < last && !_belittling.Contains(tokens[belittling].Id))
            {
                belittling++;
            }

            span = context.Span(first, last);
            edit = new TextEdit(context.WithSpace(belittling, belittling), string.Empty);
        }
        else if (last > first && tokens[first].Id != _all)
        {
            // "Surely you know the shop closes at six" -> "You know the shop closes at six": drop the jab, keep the fact.
            var you = first;
            while (you < last && tokens[you].Id != context.Common.You)
            {
                you++;
            }

            span = context.Span(first, you);
            var youText = context.Text.Substring(tokens[you].Start, tokens[you].Length);
            edit = new TextEdit(span, context.CaseFor(youText, first));
            last = match.Last;
            span = context.Span(first, last);
        }
        else if ((last == first || tokens[first].Id == _all) && tokens[first].Is(TokenFlags.SentenceStart) && last + 1 < context.TokenCount && context.SameSentence(first, last + 1))
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
            var nextWord = context.Text.Substring(tokens[next].Start, tokens[next].Length);
            edit = new TextEdit(span, char.ToUpperInvariant(nextWord[0]) + nextWord.Substring(1));
            last = next;
        }
        else
        {
            span = context.WithSpace(first, last);
            edit = new TextEdit(span, string.Empty);
        }

        context.Report(
            RuleCatalog.CondescendingWord,
            span,
            $"\"{word}\" suggests the customer missed something easy; leave it out.",
            new Fix($"Remove \"{word}\"", new[] { edit }));
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
