using System;
using System.Collections.Generic;

namespace Deescalation;

/// <summary>
/// A rule, in the shape of a Roslyn analyzer: it declares its descriptors and phrase tables, and reports
/// findings from the shared prepared reply. Rules are stateless after <see cref="Initialize"/>; one instance
/// serves every thread.
/// </summary>
internal abstract class ReplyRule
{
    /// <summary>The descriptors this rule reports.</summary>
    public abstract IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The phrase table rows this rule owns; the engine compiles all rules' rows into one matcher.</summary>
    public virtual IEnumerable<PhraseEntry> Phrases => Array.Empty<PhraseEntry>();

    /// <summary>Single words the rule looks up by id (word classes), so they get ids in the word table.</summary>
    public virtual IEnumerable<string> Words => Array.Empty<string>();

    /// <summary>Joins a rule's word lists, and single words, into its <see cref="Words"/>.</summary>
    /// <param name="lists">The lists.</param>
    /// <returns>Every word of every list.</returns>
    protected static IEnumerable<string> Join(params string[][] lists)
    {
        foreach (var list in lists)
        {
            foreach (var word in list)
            {
                yield return word;
            }
        }
    }

    /// <summary>Resolves word ids once the word table exists.</summary>
    public virtual void Initialize(Lexicon lexicon)
    {
    }

    /// <summary>Reports this rule's findings for one reply.</summary>
    public abstract void Analyze(RuleContext context);
}
