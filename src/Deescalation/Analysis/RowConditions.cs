using System;
using System.Collections.Generic;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>
/// The named conditions a phrase row may put on its match (<c>when:</c> and <c>unless:</c> in a rule file). Each is
/// a small detector over the prepared reply or the engine's signals; the engine drops a match whose conditions fail
/// before any rule sees it, so a rule file can say "unless negated" or "when the customer is upset" without code.
/// </summary>
internal enum RowCondition
{
    /// <summary>The phrase starts a sentence (or a line).</summary>
    SentenceStart,

    /// <summary>The sentence of the phrase ends with a question mark.</summary>
    Question,

    /// <summary>A negation ("not", "never", "no") stands earlier in the phrase's clause.</summary>
    Negated,

    /// <summary>The sentence names a concrete time: a weekday, a date, a clock time, "within 2 days".</summary>
    ConcreteTime,

    /// <summary>Every word of the phrase is capitalised inside a sentence: a name or a title ("Not My Problem").</summary>
    TitleCase,

    /// <summary>The customer's message (or the quoted text) is upset: the engine's signal.</summary>
    CustomerUpset,

    /// <summary>The reply apologises or acknowledges the customer's feelings: the engine's signal.</summary>
    Acknowledged,

    /// <summary>The reply is about a routine transaction (an order, a booking): the engine's signal.</summary>
    RoutineTransaction,

    /// <summary>The reply names a next step: something done ("I've refunded"), or a time: the engine's signal.</summary>
    NextStep,

    /// <summary>The customer's message is calm: not upset, and reporting no trouble: the engine's signal.</summary>
    CustomerCalm,

    /// <summary>
    /// The phrase ends its clause: punctuation, a conjunction or the end of the sentence comes right after it
    /// ("sorry for any frustration." but not "sorry for any frustration they're an extra charge").
    /// </summary>
    ClauseEnd,
}

/// <summary>Reads and checks <see cref="RowCondition"/> names, and evaluates them on a match.</summary>
internal static class RowConditions
{
    private static readonly (string Name, RowCondition Condition)[] Names =
    {
        ("sentence-start", RowCondition.SentenceStart),
        ("question", RowCondition.Question),
        ("negated", RowCondition.Negated),
        ("concrete-time", RowCondition.ConcreteTime),
        ("title-case", RowCondition.TitleCase),
        ("customer-upset", RowCondition.CustomerUpset),
        ("acknowledged", RowCondition.Acknowledged),
        ("routine-transaction", RowCondition.RoutineTransaction),
        ("next-step", RowCondition.NextStep),
        ("customer-calm", RowCondition.CustomerCalm),
        ("clause-end", RowCondition.ClauseEnd),
    };

    /// <summary>Every condition name, for error messages and docs.</summary>
    public static IEnumerable<string> AllNames
    {
        get
        {
            foreach (var (name, _) in Names)
            {
                yield return name;
            }
        }
    }

    public static RowCondition? Parse(string name)
    {
        foreach (var (known, condition) in Names)
        {
            if (known == name)
            {
                return condition;
            }
        }

        return null;
    }

    /// <summary>Whether every <c>when</c> condition holds and no <c>unless</c> condition does.</summary>
    public static bool Hold(RuleContext context, PhraseMatch match, RowCondition[] when, RowCondition[] unless)
    {
        foreach (var condition in when)
        {
            if (!Holds(context, match, condition))
            {
                return false;
            }
        }

        foreach (var condition in unless)
        {
            if (Holds(context, match, condition))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Holds(RuleContext context, PhraseMatch match, RowCondition condition)
    {
        var tokens = context.Tokens;
        switch (condition)
        {
            case RowCondition.SentenceStart:
                return tokens[match.First].Is(TokenFlags.SentenceStart) || tokens[match.First].Is(TokenFlags.LineStart);

            case RowCondition.Question:
                return context.IsQuestion(match.First);

            case RowCondition.Negated:
                // From the start of the clause up to the phrase: "we would never say you are wrong".
                for (var i = match.First - 1; i >= 0 && context.SameSentence(i, match.First); i--)
                {
                    if (context.Common.IsClauseBreak(tokens[i].Id) || context.Common.Conjunctions.Contains(tokens[i].Id))
                    {
                        break;
                    }

                    if (context.Common.Negations.Contains(tokens[i].Id))
                    {
                        return true;
                    }
                }

                return false;

            case RowCondition.ConcreteTime:
                return context.SentenceHasConcreteTime(match.First);

            case RowCondition.TitleCase:
                return IsTitleCase(context, match);

            case RowCondition.CustomerUpset:
                return context.Signals.CustomerUpset;

            case RowCondition.Acknowledged:
                return context.Signals.Acknowledges;

            case RowCondition.RoutineTransaction:
                return context.Signals.RoutineTransaction;
            case RowCondition.NextStep:
                return context.Signals.NextStep;
            case RowCondition.CustomerCalm:
                return context.Signals.CustomerCalm;
            case RowCondition.ClauseEnd:
                return context.ClauseEnd(match.Last) == match.Last;

            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the words of <paramref name="match"/> go on a name that started before them: each is capitalised (not in
    /// capitals), the first is not the first of its sentence or line, and a capitalised word comes right before it, or
    /// before one short word in lower case ("Fast and Furious", "Lord of the Flies"). A run that opens with the phrase
    /// ("Worst Service Ever") is emphasis, and stays a phrase.
    /// </summary>
    public static bool InsideName(ReplyText text, PhraseMatch match)
    {
        var tokens = text.Tokens;
        ref readonly var first = ref tokens[match.First];
        if (match.First == 0 || first.Is(TokenFlags.SentenceStart) || first.Is(TokenFlags.LineStart))
        {
            return false;
        }

        for (var i = match.First; i <= match.Last; i++)
        {
            if (tokens[i].Is(TokenFlags.Word) && !tokens[i].Is(TokenFlags.Clitic) &&
                (!tokens[i].Is(TokenFlags.InitialUpper) || tokens[i].Is(TokenFlags.AllUpper)))
            {
                return false;
            }
        }

        // In a sentence written all in Title Case ("My Internet Stop Working For 3 Hours") capitals name nothing.
        var lowerWords = false;
        for (var i = match.First; i >= 0 && tokens[i].Sentence == first.Sentence && !lowerWords; i--)
        {
            lowerWords = IsLowerWord(tokens[i]);
        }

        for (var i = match.Last + 1; i < text.TokenCount && tokens[i].Sentence == first.Sentence && !lowerWords; i++)
        {
            lowerWords = IsLowerWord(tokens[i]);
        }

        if (!lowerWords)
        {
            return false;
        }

        // "Fast and Furious" may open a sentence; two capitalised words with nothing between them there ("Absolutely
        // Unacceptable") may be emphasis.
        var before = match.First - 1;
        var joined = tokens[before].Is(TokenFlags.Word) && !tokens[before].Is(TokenFlags.InitialUpper) && tokens[before].Length <= 3 &&
                     before > 0 && !tokens[before].Is(TokenFlags.SentenceStart);
        before -= joined ? 1 : 0;
        ref readonly var name = ref tokens[before];
        return name.Is(TokenFlags.Word) && name.Is(TokenFlags.InitialUpper) && !name.Is(TokenFlags.AllUpper) &&
               (joined || (!name.Is(TokenFlags.SentenceStart) && !name.Is(TokenFlags.LineStart))) &&
               !(name.Length == 1 && text.Text[name.Start] == 'I');
    }

    private static bool IsLowerWord(in Token token) => token.Is(TokenFlags.Word) && !token.Is(TokenFlags.InitialUpper) && !token.Is(TokenFlags.AllUpper) && token.Length > 3;

    /// <summary>A phrase in Title Case inside a sentence is a name ("Not My Problem", a film), not the phrase.</summary>
    public static bool IsTitleCase(RuleContext context, PhraseMatch match)
    {
        var tokens = context.Tokens;
        var capitalised = 0;
        var words = 0;
        var firstCapital = false;
        var lastCapital = false;
        var longLower = false;
        for (var i = match.First; i <= match.Last; i++)
        {
            if (!tokens[i].Is(TokenFlags.Word) || tokens[i].Is(TokenFlags.Clitic))
            {
                continue;
            }

            words++;
            var capital = tokens[i].Is(TokenFlags.InitialUpper) && !tokens[i].Is(TokenFlags.AllUpper) && !(tokens[i].Length == 1 && context.Text[tokens[i].Start] == 'I');
            capitalised += capital ? 1 : 0;
            firstCapital = words == 1 ? capital : firstCapital;
            lastCapital = capital;
            longLower |= !capital && tokens[i].Length > 3;
        }

        // "the 7pm showing of Not my Problem": inside a sentence, a run that starts and ends with a capital and keeps
        // only short words in lower case is a title too.
        var inside = !tokens[match.First].Is(TokenFlags.SentenceStart) && !tokens[match.First].Is(TokenFlags.LineStart);
        return words >= 2 && (capitalised == words || (inside && firstCapital && lastCapital && !longLower));
    }
}
