using System;
using System.Collections.Generic;
using Deescalation.Rules;
using Deescalation.Rules.Data;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>
/// Computes <see cref="ReplySignals"/> from the language's signal phrases and classes (<c>rules/en/language.yaml</c>).
/// The phrases of the reply are matched with the rules' in one pass; those of the customer's message with a matcher
/// of their own, only when a rule asks whether the customer is upset. Immutable once built.
/// </summary>
internal sealed class SignalDetector
{
    private readonly LanguagePack _pack;
    private WordSet _greetings;
    private WordSet _thanks;
    private WordSet _positive;
    private WordSet _routine;
    private WordSet _courtesy;
    private WordTableSet _english = null!;
    private WordTableSet _acronyms = null!;

    public SignalDetector(LanguagePack pack) => _pack = pack;

    /// <summary>The rows read in the reply (acknowledgement, next step), for the main matcher.</summary>
    public IEnumerable<PhraseEntry> ReplyRows
    {
        get
        {
            foreach (var row in _pack.Signals)
            {
                if (row.Signal is SignalKind.Acknowledgement or SignalKind.NextStep)
                {
                    yield return new PhraseEntry(row.Pattern) { Signal = row.Signal };
                }
            }
        }
    }

    /// <summary>The rows read in the customer's message (signs of anger), for the customer matcher.</summary>
    public IEnumerable<PhraseEntry> CustomerRows
    {
        get
        {
            foreach (var row in _pack.Signals)
            {
                if (row.Signal is SignalKind.StrongUpset or SignalKind.MildUpset)
                {
                    yield return new PhraseEntry(row.Pattern) { Signal = row.Signal };
                }
            }
        }
    }

    /// <summary>Words the detector looks up by id, for the word table.</summary>
    public IEnumerable<string> Words
    {
        get
        {
            foreach (var name in new[] { "greeting-words", "thanks-words", "positive-words", "routine-words", "courtesy-words" })
            {
                foreach (var word in _pack.Class(name).Items)
                {
                    yield return word;
                }
            }
        }
    }

    public void Initialize(Lexicon lexicon)
    {
        _greetings = lexicon.Set(_pack.Class("greeting-words").Items);
        _thanks = lexicon.Set(_pack.Class("thanks-words").Items);
        _positive = lexicon.Set(_pack.Class("positive-words").Items);
        _routine = lexicon.Set(_pack.Class("routine-words").Items);
        _courtesy = lexicon.Set(_pack.Class("courtesy-words").Items);
        _english = new WordTableSet(_pack.Class("everyday-words").Items);
        _acronyms = new WordTableSet(_pack.Class("acronyms").Items);
    }

    public void Read(RuleContext context, ReplySignals signals)
    {
        var tokens = context.Tokens;
        var apology = false;
        var time = false;
        var thanks = false;
        var routine = false;
        for (var i = 0; i < context.TokenCount; i++)
        {
            var id = tokens[i].Id;
            apology |= context.Common.Apologies.Contains(id);
            time |= context.Common.TimeWords.Contains(id);
            thanks |= _thanks.Contains(id);
            routine |= _routine.Contains(id) && !_courtesy.Contains(id);
        }

        var acknowledgement = apology || HasSignal(context, SignalKind.Acknowledgement, 0, int.MaxValue);
        var nextStep = time || HasSignal(context, SignalKind.NextStep, 0, int.MaxValue);
        var hasMessage = !string.IsNullOrWhiteSpace(context.Context?.CustomerMessage) || context.Reply.Quoted.Count > 0;
        signals.Set(acknowledgement, nextStep, thanks, routine, OpeningPosition(context), hasMessage);
    }

    /// <summary>Whether a reply phrase of <paramref name="kind"/> starts between two tokens.</summary>
    public bool HasSignal(RuleContext context, SignalKind kind, int first, int last)
    {
        // The matches are in the order of their first token: find the first that starts at or after first, so that
        // asking about every sentence of a long reply stays linear.
        var matches = context.Matches;
        var low = 0;
        var high = matches.Count;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (matches[middle].First < first)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < matches.Count && matches[i].First <= last; i++)
        {
            if (context.Entries[matches[i].Entry].Signal == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the customer's message (or the quoted text) is upset: strong phrases, a mild one, runs of "!", words
    /// in capitals for emphasis; apologies, thanks and praise from the customer count against it.
    /// </summary>
    public bool IsUpset(RuleContext context)
    {
        var message = context.Context?.CustomerMessage;
        var customer = context.PrepareCustomerMessage(string.IsNullOrWhiteSpace(message) ? context.Reply.QuotedText() : message!);
        var tokens = customer.Tokens;
        var weight = 0;
        var mild = 0;
        foreach (var match in context.CustomerMatches)
        {
            var signal = context.Engine.CustomerEntries[match.Entry].Signal;
            weight += signal == SignalKind.StrongUpset ? 2 : 0;
            mild += signal == SignalKind.MildUpset ? 1 : 0;
        }

        // "again" twice is still one mild signal.
        weight += mild > 0 ? 1 : 0;
        var shouted = 0;
        var words = 0;
        var capitals = 0;
        var bangs = 0;
        var positive = 0;
        for (var i = 0; i < customer.TokenCount; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Is(TokenFlags.Punct) && token.Length >= 2 && customer.Text.IndexOf('!', token.Start, token.Length) >= 0)
            {
                // A run of "!" is a hint of anger, not proof: excitement uses it too ("costume!!!").
                bangs++;
            }
            else if (context.Common.Apologies.Contains(token.Id))
            {
                // "Sorry for the rant earlier": a customer who apologises has calmed down.
                weight -= 2;
            }
            else if (_thanks.Contains(token.Id) || _positive.Contains(token.Id))
            {
                positive++;
            }
            else if (token.Is(TokenFlags.AllUpper) && !token.Is(TokenFlags.HasDigit) && token.Length >= 2 &&
                     !_acronyms.Contains(customer.Text.AsSpan(token.Start, token.Length)) && _english.Contains(customer.Text.AsSpan(token.Start, token.Length)))
            {
                shouted++;
            }

            if (token.Is(TokenFlags.Word))
            {
                words++;
                if (token.Is(TokenFlags.AllUpper))
                {
                    capitals++;
                }
            }
        }

        // Capitals for emphasis ("charged me twice AGAIN") are a hint; many of them, or with other signs, anger.
        if (shouted > 0)
        {
            weight += shouted >= 3 && capitals * 2 < words ? 2 : 1;
        }

        weight += bangs > 1 ? 2 : bangs;
        weight -= positive > 2 ? 2 : positive;
        return weight >= 2;
    }

    /// <summary>
    /// After a greeting's comma, one or two capitalised words and the punctuation that closes them ("Jenny!"): the index
    /// of that punctuation, or <paramref name="from"/> when no name follows.
    /// </summary>
    private static int NameAfter(RuleContext context, int from)
    {
        var tokens = context.Tokens;
        var i = from;
        while (i < context.TokenCount && i < from + 2 && tokens[i].Is(TokenFlags.Word) && !tokens[i].Is(TokenFlags.LineStart) && char.IsUpper(context.Text[tokens[i].Start]) && tokens[i].Length > 1)
        {
            i++;
        }

        return i > from && i < context.TokenCount && tokens[i].Is(TokenFlags.Punct) && !tokens[i].Is(TokenFlags.LineStart) ? i : from;
    }

    private int OpeningPosition(RuleContext context)
    {
        var tokens = context.Tokens;
        if (context.TokenCount == 0)
        {
            return 0;
        }

        if (!_greetings.Contains(tokens[0].Id))
        {
            return tokens[0].Start;
        }

        // After "Hi Ray," or "Dear Ms Smith," (on its own line or not).
        for (var i = 1; i < context.TokenCount && i <= 6; i++)
        {
            if (tokens[i].Is(TokenFlags.LineStart) || tokens[i].Sentence != tokens[0].Sentence)
            {
                return tokens[i].Start;
            }

            if (tokens[i].Is(TokenFlags.Punct) && (tokens[i].Id == context.Common.Comma || context.Common.IsClauseBreak(tokens[i].Id)))
            {
                // "Hi, Jenny! Kindly ...": the name after the comma is still the greeting.
                var name = NameAfter(context, i + 1);
                if (name > i + 1)
                {
                    return name + 1 < context.TokenCount ? tokens[name + 1].Start : tokens[name].End;
                }

                return i + 1 < context.TokenCount ? tokens[i + 1].Start : tokens[i].End;
            }
        }

        return tokens[0].Start;
    }
}
