using System;
using System.Collections.Generic;

namespace Deescalation.Text;

/// <summary>
/// What the text layer needs to know of a language, read from its language file (<c>text</c> and
/// <c>contractions</c> in <c>rules/en/language.yaml</c>): how contractions split, which words before a period are
/// abbreviations, which single letters are words, which lines sign a message off, which words may sit inside a
/// phrase. The tokenizer and the region finder hold none of it themselves. Immutable.
/// </summary>
internal sealed class TextLanguage
{
    public TextLanguage(Contractions contractions, IReadOnlyList<string> abbreviations, string singleLetterWords, IReadOnlyList<string> signOffs, IReadOnlyList<string> fillers, MailHeaders mailHeaders)
    {
        MailHeaders = mailHeaders;
        Contractions = contractions;
        Abbreviations = new List<string>(abbreviations).ToArray();
        SingleLetterWords = singleLetterWords;
        SignOffs = new List<string>(signOffs).ToArray();
        Fillers = fillers;
    }

    public Contractions Contractions { get; }

    /// <summary>Words that a period follows without ending the sentence ("Mr.", "e.g.").</summary>
    public string[] Abbreviations { get; }

    /// <summary>Single letters that are words, so that a period after them may end a sentence ("I", "a").</summary>
    public string SingleLetterWords { get; }

    /// <summary>Lines that sign a message off ("Kind regards"): what follows is the signature.</summary>
    public string[] SignOffs { get; }

    /// <summary>Words that may stand between two words of a phrase ("really", "so").</summary>
    public IReadOnlyList<string> Fillers { get; }

    /// <summary>How mail clients in this language mark a quoted thread.</summary>
    public MailHeaders MailHeaders { get; }
}

/// <summary>
/// How mail clients mark a quoted thread, in one language: "On ... wrote:" attributions, "-----Original Message-----"
/// markers, "Begin forwarded message:", and Outlook's "From:" block. Lower case; matched ignoring case.
/// </summary>
internal sealed class MailHeaders
{
    public string[] AttributionStarts { get; init; } = Array.Empty<string>();

    public string[] AttributionEnds { get; init; } = Array.Empty<string>();

    /// <summary>Words in a line of dashes or equals signs that starts the thread ("original message").</summary>
    public string[] ThreadMarkers { get; init; } = Array.Empty<string>();

    /// <summary>Line starts that begin a forwarded thread ("begin forwarded message").</summary>
    public string[] ForwardedStarts { get; init; } = Array.Empty<string>();

    /// <summary>The header that opens an Outlook block ("from:").</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>Headers that follow it ("sent:", "date:", "to:").</summary>
    public string[] FollowingFields { get; init; } = Array.Empty<string>();

    /// <summary>Every header field of such a block, skipped before the quoted message ("cc:", "subject:" too).</summary>
    public string[] Fields { get; init; } = Array.Empty<string>();
}
