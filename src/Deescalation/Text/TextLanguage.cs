using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// What the text layer needs to know of a language, read from its language file (<c>text</c> and
/// <c>contractions</c> in <c>rules/en/language.yaml</c>): how contractions split, which words before a period are
/// abbreviations, which single letters are words, which lines sign a message off, which words may sit inside a
/// phrase. The tokenizer and the region finder hold none of it themselves. Immutable.
/// </summary>
internal sealed class TextLanguage
{
    public TextLanguage(Contractions contractions, IReadOnlyList<string> abbreviations, string singleLetterWords, IReadOnlyList<string> signOffs, IReadOnlyList<string> fillers)
    {
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
}
