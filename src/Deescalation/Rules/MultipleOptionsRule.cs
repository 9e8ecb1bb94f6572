using System;
using System.Collections.Generic;
using System.Globalization;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC007: too many alternatives at once. Guide 003: "Do not introduce multiple options initially, as this can
/// create confusion and lead to further arguments. If the initial solution is not accepted, then you can offer
/// alternatives." Two options ("a refund or an exchange?") are fine; numbered troubleshooting steps are not options.
/// </summary>
internal sealed class MultipleOptionsRule : ReplyRule
{
    public override string Name => "multiple-options";

    private WordSet _cues;
    private WordSet _listCues;
    private WordSet _stepWords;
    private WordSet _instructionVerbs;
    private WordSet _purposeOpeners;
    private WordSet _modalCues;
    private WordSet _choiceWords;
    private WordSet _leadIns;
    private int _or;
    private int _whether;
    private int _any;
    private int _option;
    private int _open;
    private int _close;
    private WordSet _openInvitations;
    private WordSet _exampleCues;
    private WordSet _availability;
    private WordSet _beVerbs;
    private WordSet _asides;


    public override IEnumerable<string> Words
    {
        get
        {
            yield return "or";
            yield return "however";
            yield return "though";
            yield return "too";
            yield return "then";
            yield return "instead";
            yield return "of";
            yield return "course";
            yield return "perhaps";
            yield return "please";
            yield return "so";
            yield return "whether";
            yield return "any";
            yield return "option";
        }
    }

    public override void Initialize(Lexicon lexicon)
    {
        _cues = Class(lexicon, "cues");
        _listCues = Class(lexicon, "list-cues");
        _stepWords = Class(lexicon, "step-words");
        _instructionVerbs = Class(lexicon, "instruction-verbs");
        _purposeOpeners = Class(lexicon, "purpose-openers");
        _modalCues = Class(lexicon, "modal-cues");
        _choiceWords = Class(lexicon, "choice-words");
        _leadIns = Class(lexicon, "lead-ins");
        _or = lexicon.Id("or");
        _whether = lexicon.Id("whether");
        _any = lexicon.Id("any");
        _option = lexicon.Id("option");
        _open = lexicon.Id("(");
        _close = lexicon.Id(")");
        _openInvitations = Class(lexicon, "open-invitations");
        _exampleCues = Class(lexicon, "example-cues");
        _availability = Class(lexicon, "availability-words");
        _beVerbs = Class(lexicon, "be-verbs");
        _asides = Class(lexicon, "asides");
    }

    public override void Analyze(RuleContext context)
    {
        if (!context.IsEnabled(DescriptorOf("DEESC007")))
        {
            return;
        }

        var threshold = context.Options.TooManyOptions;
        var reply = context.Reply;
        var before = context.Diagnostics?.Count ?? 0;

        // Each kind of list starts from one mark, and most replies have none of them: no "or", no list item, no "option"
        // or "(" (ReplyText.MayHold, FlagsSeen).
        if (reply.MayHold(_or))
        {
            for (var s = 0; s < reply.SentenceCount; s++)
            {
                InlineOptions(context, reply.Sentences[s], threshold);
            }
        }

        if ((reply.FlagsSeen & TokenFlags.ListItemStart) != 0)
        {
            ListedOptions(context, threshold);
        }

        if ((context.Diagnostics?.Count ?? 0) == before && (reply.MayHold(_option) || reply.MayHold(_open)))
        {
            LabelledOptions(context, threshold);
        }
    }

    private void InlineOptions(RuleContext context, Sentence sentence, int threshold)
    {
        var tokens = context.Tokens;
        var first = sentence.FirstToken;
        var end = sentence.EndToken;
        var firstOr = -1;
        var lastOr = -1;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Id == _or)
            {
                // "whether or not" and "one or two" are not alternatives on offer.
                if (i > first && tokens[i - 1].Id == _whether || i + 1 < end && tokens[i + 1].Id == context.Common.Not || IsNumberLike(context, i - 1) && IsNumberLike(context, i + 1))
                {
                    continue;
                }

                if (firstOr < 0)
                {
                    firstOr = i;
                }

                lastOr = i;
            }
        }

        if (firstOr < 0)
        {
            return;
        }

        // The earliest cue of the list's clause: "You can wait, pick it up, ask for a refund, or swap it" counts from "can".
        var cue = -1;
        for (var i = firstOr - 1; i >= first; i--)
        {
            if (_cues.Contains(tokens[i].Id))
            {
                cue = i;
                continue;
            }

            // "add a £10 credit": a currency sign or a symbol inside an item ends nothing.
            if (tokens[i].Is(TokenFlags.Punct) && tokens[i].Id != context.Common.Comma && !context.Common.IsQuote(tokens[i].Id) && tokens[i].Id != context.Common.Percent &&
                !IsSymbol(context, i))
            {
                // A semicolon, colon or dash starts a new clause; the cue must be in the list's own clause
                // ("Pick any of these: a, b or c" has it just before the colon).
                if (context.TextOf(i).SequenceEqual(":".AsSpan()))
                {
                    for (var k = i - 1; k >= first && k >= i - 3; k--)
                    {
                        if (_cues.Contains(tokens[k].Id))
                        {
                            cue = i;
                        }
                    }
                }

                break;
            }
        }

        if (cue < 0)
        {
            return;
        }

        if (IsAvailabilityClause(context, cue, firstOr))
        {
            // "We can see what options are available for the lost items, reach us by phone or chat": the cue is the
            // subject of its own clause, and the commas after it join clauses, not choices.
            return;
        }

        // From the start of the cue's clause: "Sorry they didn't knock. you can collect it, rebook, or ..." (a sentence the
        // tokenizer keeps whole, for its lower-case start) offers choices whatever the clause before it denied.
        var clauseFirst = cue;
        while (clauseFirst > first && !EndsClause(context, clauseFirst - 1))
        {
            clauseFirst--;
        }

        for (var i = clauseFirst; i < firstOr; i++)
        {
            if (context.Common.Negations.Contains(tokens[i].Id) || _exampleCues.Contains(tokens[i].Id))
            {
                // "nothing can be broken, cracked or missing"; "a few examples could be an aircraft change, ... or ...":
                // examples of what can happen, not choices offered.
                return;
            }
        }

        var separators = 0;
        var itemWords = 0;
        for (var i = cue + 1; i <= lastOr; i++)
        {
            if (tokens[i].Id == _or)
            {
                separators++;
                itemWords = 0;
            }
            else if (tokens[i].Id == context.Common.Comma)
            {
                // "I can, however, help you with coffee or tea": commas around an aside separate nothing.
                if (itemWords > 0 && tokens[i + 1].Id != _or && !_asides.Contains(tokens[i + 1].Id) && !_asides.Contains(tokens[i - 1].Id))
                {
                    separators++;
                }

                itemWords = 0;
            }
            else if (tokens[i].Id == context.Common.And && separators > 0 && i < firstOr && tokens[firstOr - 1].Id != context.Common.Comma)
            {
                // "the store, the time and the name or description": a list of things to send, not of choices.
                return;
            }
            else if (tokens[i].Id == _any && i < firstOr && _openInvitations.Contains(tokens[i + 1].Id))
            {
                return;
            }
            else if (tokens[i].Is(TokenFlags.Word))
            {
                itemWords++;
            }
        }

        var count = separators + 1;
        if (count < threshold)
        {
            return;
        }

        var start = cue + 1;
        while (start < firstOr && _leadIns.Contains(tokens[start].Id))
        {
            start++;
        }

        // The last choice ends where a clause of its own begins: "..., or refund tonight's stay, and I promise the rest will
        // be perfect".
        var last = end - 1;
        for (var i = lastOr + 2; i < end; i++)
        {
            if (EndsClause(context, i) || (tokens[i].Id == context.Common.Comma && i + 1 < end &&
                                           (tokens[i + 1].Id == context.Common.And || tokens[i + 1].Id == context.Common.But)))
            {
                last = i - 1;
                break;
            }
        }

        while (last > lastOr && tokens[last].Is(TokenFlags.Punct))
        {
            last--;
        }

        Report(context, start, last, count);
    }

    /// <summary>Whether the token is a currency sign or another symbol (not a letter, digit or punctuation mark).</summary>
    private static bool IsSymbol(RuleContext context, int token)
    {
        var text = context.TextOf(token);
        return text.Length > 0 && (char.GetUnicodeCategory(text[0]) is System.Globalization.UnicodeCategory.CurrencySymbol or
            System.Globalization.UnicodeCategory.MathSymbol or System.Globalization.UnicodeCategory.OtherSymbol || text[0] is '#' or '&' or '@');
    }

    /// <summary>Whether the token is a full stop, "!", "?", ";" or ":": punctuation that ends a clause (a comma does not).</summary>
    private static bool EndsClause(RuleContext context, int token)
    {
        if (!context.Tokens[token].Is(TokenFlags.Punct))
        {
            return false;
        }

        var text = context.TextOf(token);
        return text.Length > 0 && text[0] is '.' or '!' or '?' or ';' or ':';
    }

    /// <summary>Whether a cue between <paramref name="from"/> and <paramref name="to"/> is a clause's subject ("options are available").</summary>
    private bool IsAvailabilityClause(RuleContext context, int from, int to)
    {
        var tokens = context.Tokens;
        for (var i = from; i + 2 < to; i++)
        {
            if (_cues.Contains(tokens[i].Id) && _beVerbs.Contains(tokens[i + 1].Id) && _availability.Contains(tokens[i + 2].Id))
            {
                return true;
            }
        }

        return false;
    }

    private void ListedOptions(RuleContext context, int threshold)
    {
        var tokens = context.Tokens;
        var count = 0;
        var groupFirst = -1;
        var groupLast = -1;
        for (var i = 0; i <= context.TokenCount; i++)
        {
            var atEnd = i == context.TokenCount;
            var isItem = !atEnd && tokens[i].Is(TokenFlags.ListItemStart);
            var breaksGroup = atEnd || (!isItem && tokens[i].Is(TokenFlags.LineStart));
            if (isItem)
            {
                if (count == 0)
                {
                    groupFirst = i;
                }

                count++;
                groupLast = i;
                continue;
            }

            if (breaksGroup)
            {
                if (count >= threshold)
                {
                    var last = i - 1;
                    while (last > groupLast && tokens[last].Is(TokenFlags.Punct))
                    {
                        last--;
                    }

                    if (IsChoice(context, groupFirst, last, count))
                    {
                        Report(context, groupFirst, last, count);
                    }
                }

                count = 0;
            }
        }
    }

    /// <summary>"(a) wait, (b) swap, (c) cancel" and "Option A: ... Option B: ... Option C: ...".</summary>
    private void LabelledOptions(RuleContext context, int threshold)
    {
        var tokens = context.Tokens;
        var count = 0;
        var first = -1;
        var last = -1;
        for (var i = 0; i + 1 < context.TokenCount; i++)
        {
            var isLabel = false;
            if (tokens[i].Id == _option && IsLabel(context, i + 1))
            {
                isLabel = true;
            }
            else if (tokens[i].Id == _open && i + 2 < context.TokenCount && tokens[i + 2].Id == _close && IsLabel(context, i + 1))
            {
                isLabel = true;
            }

            if (!isLabel)
            {
                continue;
            }

            if (count == 0)
            {
                first = i;
            }

            count++;
            last = i;
        }

        if (count < threshold)
        {
            return;
        }

        // Cover the last option's text up to its sentence end.
        last = context.LastWordOfSentence(last + 1 < context.TokenCount ? last + 1 : last);
        Report(context, first, last, count);
    }

    private static bool IsLabel(RuleContext context, int token)
    {
        var text = context.TextOf(token);
        return text.Length == 1 && (char.IsLetter(text[0]) || char.IsDigit(text[0]));
    }

    private bool IsChoice(RuleContext context, int firstItem, int lastToken, int items)
    {
        var tokens = context.Tokens;
        var cue = false;

        // "1. Go to Sales > Invoices. 2. Click Export. 3. Tick both boxes.": items that mostly open with an instruction are
        // steps to follow, not choices, whatever the lead-in says ("You can export them in one go:").
        var instructions = 0;
        for (var i = firstItem; i <= lastToken; i++)
        {
            instructions += tokens[i].Is(TokenFlags.ListItemStart) && OpensWithInstruction(context, i, lastToken) ? 1 : 0;
        }

        if (instructions >= 2 && instructions * 2 >= items && !IntroNamesChoices(context, firstItem))
        {
            return false;
        }

        // The lead-in: the sentence before the list ("You have three options:").
        if (firstItem > 0)
        {
            var (introFirst, introLast) = context.SentenceOf(firstItem - 1);
            for (var i = introFirst; i <= introLast; i++)
            {
                if (_stepWords.Contains(tokens[i].Id))
                {
                    return false;
                }

                cue |= _listCues.Contains(tokens[i].Id) && !InPurposeClause(context, i, introFirst);
            }
        }

        // An "or" that joins the items ("- a refund, or" / "- or store credit"), not one inside an item ("choose 'Delay or
        // cancellation'", "no late or missed payment").
        for (var i = firstItem; i <= lastToken && !cue; i++)
        {
            if (tokens[i].Id != _or)
            {
                continue;
            }

            var next = i + 1;
            while (next <= lastToken && tokens[next].Is(TokenFlags.Punct))
            {
                next++;
            }

            cue = tokens[i].Is(TokenFlags.ListItemStart) || next > lastToken || tokens[next].Is(TokenFlags.ListItemStart);
        }

        return cue;
    }

    /// <summary>"Here are your options:" before the list: the items are choices even when they open with a verb ("1. Return the item").</summary>
    private bool IntroNamesChoices(RuleContext context, int firstItem)
    {
        if (firstItem == 0)
        {
            return false;
        }

        var (introFirst, introLast) = context.SentenceOf(firstItem - 1);
        for (var i = introFirst; i <= introLast; i++)
        {
            if (_choiceWords.Contains(context.Tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "I've attached the documents you asked for so you can send them to your lender:": a modal (<c>modal-cues</c>) in a
    /// purpose clause ("so (that) you can") says what the list is for, not that it offers choices.
    /// </summary>
    private bool InPurposeClause(RuleContext context, int cue, int sentenceFirst)
    {
        var tokens = context.Tokens;
        if (!_modalCues.Contains(tokens[cue].Id))
        {
            // "so you can choose whichever suits you:" still offers a choice.
            return false;
        }

        for (var i = cue - 1; i >= sentenceFirst && i >= cue - 3; i--)
        {
            if (_purposeOpeners.Contains(tokens[i].Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the list item at <paramref name="item"/> opens with an instruction, at its start or right after a short
    /// opening phrase and a comma ("In Shopify, go to Orders").
    /// </summary>
    private bool OpensWithInstruction(RuleContext context, int item, int lastToken)
    {
        var tokens = context.Tokens;
        if (_instructionVerbs.Contains(tokens[item].Id))
        {
            return true;
        }

        for (var i = item + 1; i <= lastToken && i <= item + 5 && !tokens[i].Is(TokenFlags.ListItemStart); i++)
        {
            if (tokens[i].Id == context.Common.Comma)
            {
                return i + 1 <= lastToken && _instructionVerbs.Contains(tokens[i + 1].Id);
            }
        }

        return false;
    }

    private static bool IsNumberLike(RuleContext context, int token) =>
        token >= 0 && token < context.TokenCount && (context.Tokens[token].Is(TokenFlags.Number) || context.Common.NumberWords.Contains(context.Tokens[token].Id));

    private void Report(RuleContext context, int first, int last, int count)
    {
        // A list the customer asked for ("Which teas do you have?") or a choice in a routine transaction ("3D." then
        // "5:30, 7:30 or 8:00?") answers them; guide 003 is about remedies offered at once. Asked only of a reply that
        // offers too many: reading the customer's message is most of what a reply without options would cost.
        if (context.Signals.CustomerAsksForChoices || context.Signals.CustomerConfirms)
        {
            return;
        }

        context.Report(
            DescriptorOf("DEESC007"),
            context.Span(first, last),
            string.Format(CultureInfo.InvariantCulture, Text("finding"), count),
            null);
    }
}
