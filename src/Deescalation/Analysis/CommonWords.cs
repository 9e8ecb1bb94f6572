using System;
using System.Collections.Generic;
using Deescalation.Rules.Data;

namespace Deescalation.Analysis;

/// <summary>
/// Word classes several rules share (time expressions, negations, apologies, clause breaks) and the single words
/// the rules' code reads by role, from the language file's <c>classes</c> and <c>roles</c>.
/// </summary>
internal sealed class CommonWords
{
    private static readonly string[] ClassNames = { "time-words", "time-units", "number-words", "conjunctions", "negations", "apologies", "subjects", "vague-triggers", "placeholder-times", "fix-lead-in-blockers", "link-leads" };
    private static readonly string[] RoleNames = { "as", "soon", "but", "and", "if", "that", "you", "i", "we", "not", "please", "for" };

    public CommonWords(Lexicon lexicon, LanguagePack pack)
    {
        TimeWords = lexicon.Set(pack.Class("time-words").Items);
        TimeUnits = lexicon.Set(pack.Class("time-units").Items);
        NumberWords = lexicon.Set(pack.Class("number-words").Items);
        Conjunctions = lexicon.Set(pack.Class("conjunctions").Items);
        Negations = lexicon.Set(pack.Class("negations").Items);
        Apologies = lexicon.Set(pack.Class("apologies").Items);
        Subjects = lexicon.Set(pack.Class("subjects").Items);
        VagueTriggerWords = lexicon.Set(pack.Class("vague-triggers").Items);
        PlaceholderTimes = lexicon.Set(pack.Class("placeholder-times").Items);
        LeadInBlockers = lexicon.Set(pack.Class("fix-lead-in-blockers").Items);
        LinkLeads = lexicon.Set(pack.Class("link-leads").Items);
        var tokenizer = lexicon.Tokenizer;
        _clauseBreaks = lexicon.Set(new[] { ",", ";", ":", "-", "(", ")", ".", "!", "?", "..." });
        Quote = tokenizer.Quote;
        Percent = lexicon.Id("%");
        Comma = tokenizer.Comma;
        As = lexicon.Id(pack.Role("as"));
        Soon = lexicon.Id(pack.Role("soon"));
        But = lexicon.Id(pack.Role("but"));
        And = lexicon.Id(pack.Role("and"));
        If = lexicon.Id(pack.Role("if"));
        That = lexicon.Id(pack.Role("that"));
        You = lexicon.Id(pack.Role("you"));
        I = lexicon.Id(pack.Role("i"));
        We = lexicon.Id(pack.Role("we"));
        Not = lexicon.Id(pack.Role("not"));
        Please = lexicon.Id(pack.Role("please"));
        For = lexicon.Id(pack.Role("for"));
    }
    private readonly WordSet _clauseBreaks;

    public WordSet TimeWords { get; }

    /// <summary>Words that make a template placeholder after them a time the agent will fill ("by [time]").</summary>
    public WordSet PlaceholderTimes { get; }

    /// <summary>Words after which a fix's lead-in ("To recap,") cannot stand: "explained to you [that] ...".</summary>
    public WordSet LeadInBlockers { get; }

    public WordSet TimeUnits { get; }

    /// <summary>Words after which a link is given to the customer to follow ("through https://...").</summary>
    public WordSet LinkLeads { get; }

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

    /// <summary>"for": what thanks are for ("thanks for trying").</summary>
    public int For { get; }

    public bool IsClauseBreak(int id) => _clauseBreaks.Contains(id);

    public bool IsQuote(int id) => id == Quote;

    /// <summary>Every word the shared classes and roles name, for the word table.</summary>
    public static IEnumerable<string> AllWords(LanguagePack pack)
    {
        foreach (var name in ClassNames)
        {
            foreach (var word in pack.Class(name).Items)
            {
                yield return word;
            }
        }

        foreach (var name in RoleNames)
        {
            yield return pack.Role(name);
        }

        yield return "%";
    }
}
