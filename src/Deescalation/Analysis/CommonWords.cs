using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>Word classes several rules share: time expressions, negations, apologies, punctuation.</summary>
internal sealed class CommonWords
{
    public static readonly string[] TimeWordList =
    {
        "today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "noon", "midday", "midnight", "eod", "cob", "o'clock", "am", "pm", "a.m", "p.m", "morning", "afternoon", "evening", "weekend",
        "hour", "hours", "minute", "minutes", "mins", "hrs", "overnight",
    };

    public static readonly string[] TimeUnitList = { "hour", "hours", "minute", "minutes", "min", "mins", "hr", "hrs", "day", "days", "week", "weeks", "business", "working", "am", "pm", "h" };

    public static readonly string[] NumberWordList = { "one", "two", "three", "four", "five", "six", "seven", "ten", "twelve", "24", "48", "72", "a", "an", "couple" };

    public static readonly string[] ConjunctionList = { "but", "and", "so", "because", "although", "though", "while", "which", "however", "whereas" };

    public static readonly string[] NegationList = { "not", "no", "none", "never", "nobody", "nothing", "neither", "nor", "hardly" };

    public static readonly string[] ApologyList = { "sorry", "apologies", "apologise", "apologize", "apologised", "apologized", "apologising", "apologizing", "apology", "regret", "regrets" };

    public static readonly string[] SubjectList = { "i", "we", "you", "it", "this", "that", "they", "he", "she", "there" };

    public CommonWords(Lexicon lexicon)
    {
        TimeWords = lexicon.Set(TimeWordList);
        TimeUnits = lexicon.Set(TimeUnitList);
        NumberWords = lexicon.Set(NumberWordList);
        Conjunctions = lexicon.Set(ConjunctionList);
        Negations = lexicon.Set(NegationList);
        Apologies = lexicon.Set(ApologyList);
        Subjects = lexicon.Set(SubjectList);
        VagueTriggerWords = lexicon.Set(new[] { "possible", "we", "i", "can", "practicable", "feasible" });
        var tokenizer = lexicon.Tokenizer;
        _clauseBreaks = lexicon.Set(new[] { ",", ";", ":", "-", "(", ")", ".", "!", "?", "..." });
        Quote = tokenizer.Quote;
        Percent = lexicon.Id("%");
        Comma = tokenizer.Comma;
        As = lexicon.Id("as");
        Soon = lexicon.Id("soon");
        But = lexicon.Id("but");
        And = lexicon.Id("and");
        If = lexicon.Id("if");
        That = lexicon.Id("that");
        You = lexicon.Id("you");
        I = lexicon.Id("i");
        We = lexicon.Id("we");
        Not = lexicon.Id("not");
        Please = lexicon.Id("please");
    }

    private readonly WordSet _clauseBreaks;

    public WordSet TimeWords { get; }

    public WordSet TimeUnits { get; }

    public WordSet NumberWords { get; }

    public WordSet Conjunctions { get; }

    public WordSet Negations { get; }

    public WordSet Apologies { get; }

    public WordSet Subjects { get; }

    public WordSet VagueTriggerWords { get; }

    public int Quote { get; }

    public int Percent { get; }

    public int Comma { get; }

    public int As { get; }

    public int Soon { get; }

    public int But { get; }

    public int And { get; }

    public int If { get; }

    public int That { get; }

    public int You { get; }

    public int I { get; }

    public int We { get; }

    public int Not { get; }

    public int Please { get; }

    public bool IsClauseBreak(int id) => _clauseBreaks.Contains(id);

    public bool IsQuote(int id) => id == Quote;

    public static IEnumerable<string> AllWords()
    {
        foreach (var list in new[] { TimeWordList, TimeUnitList, NumberWordList, ConjunctionList, NegationList, ApologyList, SubjectList })
        {
            foreach (var word in list)
            {
                yield return word;
            }
        }

        foreach (var word in new[] { "possible", "we", "i", "can", "practicable", "feasible", "as", "soon", "but", "and", "if", "that", "you", "not", "please", "%" })
        {
            yield return word;
        }
    }
}
