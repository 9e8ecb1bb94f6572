using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules;

/// <summary>
/// DEESC012 and DEESC013: capitals and "!!" that read as a raised voice. Guide 000, step 4: "Speak slowly and
/// lower your voice ... You do not want to do anything to aggravate the situation." Acronyms and codes (UPS, FAQ,
/// SKU AB12CD) and template placeholders are not shouting.
/// </summary>
internal sealed class ShoutingRule : ReplyRule
{
    public override string Name => "shouting";

    private string[] _keywordLeads = Array.Empty<string>();
    private WordTableSet _english = null!;

    private WordTableSet _acronyms = null!;
    private WordSet _articles;
    /// <summary>The most words in capitals a run that names something has ("CERTIFICATE IN DATA ANALYTICS").</summary>
    private const int MaxNameWords = 6;

    private WordTableSet _sentenceWords = null!;
    private WordTableSet _nameJoiners = null!;
    private string[] _emphasisSuffixes = Array.Empty<string>();
    private int _i;


    public override void Initialize(Lexicon lexicon)
    {
        _keywordLeads = new List<string>(Items("keyword-leads")).ToArray();
        _english = new WordTableSet(Items("everyday-words"));
        _acronyms = new WordTableSet(Items("acronyms"));
        _articles = Class(lexicon, "name-articles");
        _sentenceWords = new WordTableSet(Items("sentence-words"));
        _nameJoiners = new WordTableSet(Items("name-joiners"));
        _emphasisSuffixes = new List<string>(Items("emphasis-suffixes")).ToArray();

        _i = lexicon.Id("i");
    }

    public override void Analyze(RuleContext context)
    {
        // Only a word in capitals or a run of "!" can shout: a reply with neither is read no further.
        if ((context.Reply.FlagsSeen & TokenFlags.AllUpper) == 0 && !HasBangRun(context.Text))
        {
            return;
        }

        var tokens = context.Tokens;
        var count = context.TokenCount;
        var runFirst = -1;
        var runLast = -1;
        for (var i = 0; i < count; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Is(TokenFlags.Punct))
            {
                if (token.Length >= 2 && IsBangRun(context.Text, token.Start, token.Length))
                {
                    ReportPunctuation(context, i);
                }

                continue;
            }

            if (IsShouted(context, i))
            {
                if (runFirst >= 0 && context.SameSentence(runLast, i) && OnlyGapBetween(context, runLast, i))
                {
                    runLast = i;
                }
                else
                {
                    if (runFirst >= 0)
                    {
                        ReportCaps(context, runFirst, runLast);
                    }

                    runFirst = i;
                    runLast = i;
                }
            }
            else if (token.Is(TokenFlags.Clitic) && runLast == i - 1 && runFirst >= 0)
            {
                // "DON'T": the clitic belongs to the shouted word.
                if (AllUpperLetters(context.Text, token.Start, token.Length))
                {
                    runLast = i;
                }
            }
        }

        if (runFirst >= 0)
        {
            ReportCaps(context, runFirst, runLast);
        }
    }

    private bool IsShouted(RuleContext context, int index) => IsShoutedWord(context, index) && !CustomerWroteInCapitals(context, index);

    /// <summary>
    /// "Backcountry is playing at ... : BACKCOUNTRY" after a customer who asked for "BACKCOUNTRY": a word in capitals the
    /// customer wrote the same way is a quote or a name (a film, a product), not the agent raising their voice.
    /// </summary>
    private static bool CustomerWroteInCapitals(RuleContext context, int index)
    {
        if (context.Context?.CustomerMessage is not { Length: > 0 } message)
        {
            return false;
        }

        ref readonly var token = ref context.Tokens[index];
        var word = context.Text.AsSpan(token.Start, token.Length);
        var from = 0;
        while (from < message.Length)
        {
            var at = message.AsSpan(from).IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(message[at - 1])) && (end == message.Length || !char.IsLetter(message[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private bool IsShoutedWord(RuleContext context, int index)
    {
        ref readonly var token = ref context.Tokens[index];
        if (!token.Is(TokenFlags.AllUpper) || token.Is(TokenFlags.HasDigit) || token.Is(TokenFlags.Allowed) || token.Is(TokenFlags.Clitic) || token.Id == _i)
        {
            return false;
        }

        if (InNameRun(context, index))
        {
            return false;
        }

        var word = context.Text.AsSpan(token.Start, token.Length);
        var written = word.Length;
        if (token.Is(TokenFlags.Glued) && index + 1 < context.TokenCount)
        {
            // "DON'T" is written as one word of five letters, though it splits into "DO" and "N'T".
            written = context.Tokens[index + 1].End - token.Start;
        }

        if (_acronyms.Contains(word) && written == word.Length)
        {
            // "UPS", "PIN", "IT": shouting only inside a run of shouted words ("PLEASE DO NOT CALL US").
            return NeighbourShouted(context, index);
        }

        if (_english.Contains(word))
        {
            // One short or friendly word alone ("HI Greg", "thank YOU") is not a raised voice; "DO NOT" is.
            // "text READ 012345", "reply STOP 2": a word in capitals before a code is a keyword to type.
            if (written < 3 || IsThankYou(context, index) || BesideTitleCase(context, index) || NamesANoun(context, index) || NamesAModel(context, index))
            {
                return NeighbourShouted(context, index);
            }

            return true;
        }

        // A long capitalised word with vowels that is no known acronym reads as emphasis: "UNACCEPTABLE". Shorter
        // unknown ones are too often brands and codes ("XFINITY", "DEREG") to call.
        return word.Length >= 10 && HasVowel(word) && !NamesAModel(context, index) && !IsFieldValue(context, index);
    }

    /// <summary>
    /// "MITSUBISHI OUTLANDER", "THE PARKSIDE", "CERTIFICATE IN DATA ANALYTICS": a run of words in capitals with more words
    /// that are no everyday word nor acronym than everyday ones (the <c>name-joiners</c> aside), and none of the words a
    /// shouted sentence is made of ("WE", "DO", "NOT", "MUST", "PLEASE"), names a product, a place or a course.
    /// </summary>
    private bool InNameRun(RuleContext context, int index)
    {
        var tokens = context.Tokens;
        // A name is a few words: a run of more than MaxNameWords is a raised voice, and the walk stops there, so a long run costs
        // a bounded walk per word.
        var first = index;
        while (first > 0 && index - first <= MaxNameWords && IsCapitalsWord(context, first - 1) && context.SameSentence(first - 1, index))
        {
            first--;
        }

        var last = index;
        while (last + 1 < context.TokenCount && last - first <= MaxNameWords && IsCapitalsWord(context, last + 1) && context.SameSentence(index, last + 1))
        {
            last++;
        }

        if (first == last || last - first >= MaxNameWords)
        {
            return false;
        }

        // More unknown words than everyday ones that carry meaning ("OUT OF STOCK" shouts; "THE PARKSIDE", "NEXUS ONE" name).
        var unknown = 0;
        var known = 0;
        for (var i = first; i <= last; i++)
        {
            var word = context.TextOf(i);
            if (_sentenceWords.Contains(word))
            {
                return false;
            }

            if (tokens[i].Is(TokenFlags.HasDigit) || (!_english.Contains(word) && !_acronyms.Contains(word) && !HasEmphasisSuffix(word)))
            {
                unknown++;
            }
            else if (!_nameJoiners.Contains(word))
            {
                known++;
            }
        }

        return unknown > known;
    }

    /// <summary>"PERMANENTLY", "SUSPENDED", "FRUSTRATING": an inflected word (the language's <c>emphasis-suffixes</c>) is a word of the sentence, not of a name.</summary>
    private bool HasEmphasisSuffix(ReadOnlySpan<char> word)
    {
        foreach (var suffix in _emphasisSuffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalsWord(RuleContext context, int index) =>
        context.Tokens[index].Is(TokenFlags.Word) && context.Tokens[index].Is(TokenFlags.AllUpper) && !context.Tokens[index].Is(TokenFlags.Clitic);

    /// <summary>"SOUNDSPHERE S2", "ROUTER AX3000": a capitalised word before a model number names a product.</summary>
    private static bool NamesAModel(RuleContext context, int index)
    {
        if (index + 1 >= context.TokenCount || !context.Tokens[index + 1].Is(TokenFlags.HasDigit) || !context.SameSentence(index, index + 1))
        {
            return false;
        }

        // A code, not a count: letters with digits ("S2", "AX3000") or four digits or more ("012345"); not "ONLY 2 days".
        var next = context.TextOf(index + 1);
        var letters = false;
        foreach (var c in next)
        {
            letters |= char.IsLetter(c);
        }

        return letters || next.Length >= 4;
    }

    /// <summary>"BIC/SWIFT:   COBADEFFXXX": the value of a field on a line that opens with its label and a colon.</summary>
    private static bool IsFieldValue(RuleContext context, int index)
    {
        // The first word after the colon only: "Please note: this is NONNEGOTIABLE" still shouts.
        var colon = index - 1;
        if (colon < 0 || !context.IsChar(colon, ':') || context.Tokens[index].Is(TokenFlags.LineStart))
        {
            return false;
        }

        // A label of at most four tokens ("BIC/SWIFT", "Amount sent") opens the line.
        var tokens = context.Tokens;
        for (var j = colon - 1; j >= 0 && j >= colon - 4; j--)
        {
            if (tokens[j].Is(TokenFlags.LineStart) || j == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the BIG Visa card", "Rogers ONE Plan": a word in capitals right beside a capitalised word inside its sentence is
    /// part of a name, not a raised voice.
    /// </summary>
    private static bool BesideTitleCase(RuleContext context, int index)
    {
        return IsTitleCaseWord(context, index + 1, index) || (!context.Tokens[index].Is(TokenFlags.SentenceStart) && IsTitleCaseWord(context, index - 1, index));
    }

    /// <summary>
    /// "compliance with the CARD act": one word in capitals between an article and a lower-case word is a name or an
    /// acronym that happens to spell a word, not a raised voice; a run of them ("the ONLY WAY") still shouts.
    /// </summary>
    private bool NamesANoun(RuleContext context, int index)
    {
        if (index == 0 || index + 1 >= context.TokenCount || !context.SameSentence(index - 1, index + 1) || !_articles.Contains(context.Tokens[index - 1].Id))
        {
            return false;
        }

        ref readonly var next = ref context.Tokens[index + 1];
        return next.Is(TokenFlags.Word) && !next.Is(TokenFlags.Clitic) && char.IsLower(context.Text[next.Start]);
    }

    private static bool IsTitleCaseWord(RuleContext context, int index, int neighbour)
    {
        if (index < 0 || index >= context.TokenCount || !context.SameSentence(index, neighbour))
        {
            return false;
        }

        ref readonly var token = ref context.Tokens[index];
        return token.Is(TokenFlags.Word) && !token.Is(TokenFlags.AllUpper) && !token.Is(TokenFlags.Clitic) && !token.Is(TokenFlags.SentenceStart) && token.Length > 1 &&
               char.IsUpper(context.Text[token.Start]);
    }

    /// <summary>"thank YOU" is warmth; "reply YES", "text STOP", "type CANCEL" name a keyword.</summary>
    private bool IsThankYou(RuleContext context, int index)
    {
        if (index == 0 || !context.SameSentence(index - 1, index))
        {
            return false;
        }

        var previous = context.TextOf(index - 1);
        foreach (var lead in _keywordLeads)
        {
            if (previous.Equals(lead.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool NeighbourShouted(RuleContext context, int index, bool requireEnglish = true)
    {
        for (var other = index - 1; other <= index + 1; other += 2)
        {
            if (other < 0 || other >= context.TokenCount || !context.SameSentence(index, other))
            {
                continue;
            }

            ref readonly var token = ref context.Tokens[other];
            if (token.Is(TokenFlags.Clitic) || !token.Is(TokenFlags.AllUpper) || token.Is(TokenFlags.HasDigit) || (requireEnglish && token.Length < 3 && _acronyms.Contains(context.Text.AsSpan(context.Tokens[index].Start, context.Tokens[index].Length))))
            {
                continue;
            }

            var word = context.Text.AsSpan(token.Start, token.Length);
            if (!_acronyms.Contains(word) && (!requireEnglish || _english.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyGapBetween(RuleContext context, int previous, int next)
    {
        for (var i = previous + 1; i < next; i++)
        {
            if (!context.Tokens[i].Is(TokenFlags.Clitic))
            {
                return false;
            }
        }

        return true;
    }

    private void ReportCaps(RuleContext context, int first, int last)
    {
        var tokens = context.Tokens;
        var span = context.Span(first, last);
        var original = context.Text.Substring(span.Start, span.Length);
        var lowered = new StringBuilder(original.Length);
        var capitalFirst = tokens[first].Is(TokenFlags.SentenceStart) || tokens[first].Is(TokenFlags.ListItemStart) || tokens[first].Is(TokenFlags.LineStart);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            var keepUpper = i == 0 && capitalFirst || (c == 'I' && IsStandaloneI(original, i));
            lowered.Append(keepUpper ? c : char.ToLowerInvariant(c));
        }

        // "FROM OUTTA NOWHERE": lowering only the words known to be shouted would leave the run half in capitals.
        var halfRun = CapitalWordAt(context, first - 1, first) || CapitalWordAt(context, last + 1, last);
        var word = original.Length > 30 ? original.Substring(0, 30) + "..." : original;
        context.Report(
            DescriptorOf("DEESC012"),
            span,
            string.Format(CultureInfo.InvariantCulture, Text("finding.caps"), word),
            halfRun ? null : new Fix(Text("fix-title.caps"), new[] { new TextEdit(span, lowered.ToString()) }));
    }

    /// <summary>Whether the token at <paramref name="index"/> is a word in capitals in the same sentence as <paramref name="neighbour"/>.</summary>
    private static bool CapitalWordAt(RuleContext context, int index, int neighbour)
    {
        if (index < 0 || index >= context.TokenCount || !context.SameSentence(index, neighbour))
        {
            return false;
        }

        ref readonly var token = ref context.Tokens[index];
        return token.Is(TokenFlags.Word) && token.Is(TokenFlags.AllUpper) && !token.Is(TokenFlags.HasDigit) && token.Length > 1;
    }

    private static bool IsStandaloneI(string text, int i) =>
        (i == 0 || !char.IsLetter(text[i - 1])) && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]));

    private void ReportPunctuation(RuleContext context, int index)
    {
        ref readonly var token = ref context.Tokens[index];
        var span = new TextSpan(token.Start, token.Length);
        var run = context.Text.Substring(token.Start, token.Length);
        var replacement = run.IndexOf('?') >= 0 ? "?" : "!";
        context.Report(
            DescriptorOf("DEESC013"),
            span,
            string.Format(CultureInfo.InvariantCulture, Text("finding.punctuation"), run, replacement),
            new Fix(string.Format(CultureInfo.InvariantCulture, Text("fix-title.punctuation"), replacement), new[] { new TextEdit(span, replacement) }));
    }

    /// <summary>
    /// Whether the text has a "!" next to another "!" or a "?": every token <see cref="IsBangRun"/> reports (two marks or
    /// more, one of them a "!") holds such a pair.
    /// </summary>
    private static bool HasBangRun(string text)
    {
        for (var at = text.IndexOf('!'); at >= 0; at = text.IndexOf('!', at + 1))
        {
            if ((at > 0 && text[at - 1] is '!' or '?') || (at + 1 < text.Length && text[at + 1] is '!' or '?'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBangRun(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] == '!')
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllUpperLetters(string text, int start, int length)
    {
        var letters = 0;
        for (var i = start; i < start + length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                letters++;
                if (!char.IsUpper(text[i]))
                {
                    return false;
                }
            }
        }

        return letters > 0;
    }

    private static bool HasVowel(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y')
            {
                return true;
            }
        }

        return false;
    }
}
