using System;

namespace Deescalation.Text;

[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    Word = 1,
    Number = 2,
    Punct = 4,
    InitialUpper = 8,
    AllUpper = 16,
    HasDigit = 32,
    SentenceStart = 64,
    ListItemStart = 128,
    LineStart = 256,

    /// <summary>The second half of a contraction ("'m" of "I'm", "n't" of "don't").</summary>
    Clitic = 512,

    /// <summary>Inside a phrase the options allow, such as a product name: never part of a match.</summary>
    Allowed = 1024,

    /// <summary>Follows a hyphen inside one written word ("up" in "mix-up").</summary>
    AfterHyphen = 2048,

    /// <summary>Joined to the next token with no space between them.</summary>
    Glued = 4096,
}

/// <summary>One normalised token of the agent's own text, pointing back into the original string.</summary>
internal struct Token
{
    public int Start;
    public int Length;

    /// <summary>The word id in the shared <see cref="WordTable"/>, 0 when the word is in no table.</summary>
    public int Id;

    public int Sentence;
    public TokenFlags Flags;

    public readonly int End => Start + Length;

    public readonly bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public override readonly string ToString() => $"{Id}@{Start}+{Length} s{Sentence} {Flags}";
}

/// <summary>A sentence: a run of tokens between terminators, paragraph breaks or list items.</summary>
internal struct Sentence
{
    public int FirstToken;
    public int TokenCount;

    public readonly int EndToken => FirstToken + TokenCount;
}
