using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Deescalation.Analysis;
using Deescalation.Rules.Data;

namespace Deescalation.Rules;

/// <summary>
/// A rule, in the shape of a Roslyn analyzer: it declares its descriptors and reports findings from the shared
/// prepared reply. Its phrases, word classes, messages and examples are data (<see cref="RuleData"/>, the file
/// <c>rules/en/DEESC###.&lt;name&gt;.yaml</c>); the code holds what is structure, and implements the named
/// behaviours that rows ask for. Rules are stateless after <see cref="Initialize"/>; one instance serves every thread.
/// </summary>
internal abstract class ReplyRule
{
    private RuleData? _data;
    private LanguagePack? _pack;
    private DiagnosticDescriptor[] _descriptors = Array.Empty<DiagnosticDescriptor>();

    /// <summary>The rule's name: its data file is <c>DEESC###.&lt;name&gt;.yaml</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The descriptors this rule reports: those of its data file, in the pack's language, once bound.</summary>
    public virtual IReadOnlyList<DiagnosticDescriptor> Descriptors => _descriptors;

    /// <summary>The enum whose members are the behaviours rows may name ("ShouldHave" is <c>should-have</c>).</summary>
    protected virtual Type? Behaviours => null;

    /// <summary>The rule's data, once bound.</summary>
    public RuleData Data => _data ?? throw new InvalidOperationException($"The rule '{Name}' has no data bound.");

    /// <summary>The phrase table rows this rule owns; the engine compiles all rules' rows into one matcher.</summary>
    public virtual IEnumerable<PhraseEntry> Phrases
    {
        get
        {
            if (_data is null)
            {
                yield break;
            }

            foreach (var row in _data.Phrases)
            {
                yield return new PhraseEntry(row.Pattern, row.Fix, BehaviourValue(row)) { When = row.When, Unless = row.Unless, FixKind = row.FixKind };
            }
        }
    }

    /// <summary>Single words the code looks up by id (function words), so they get ids in the word table.</summary>
    public virtual IEnumerable<string> Words => Array.Empty<string>();

    /// <summary>Every word of the rule's own classes, for the word table.</summary>
    public IEnumerable<string> ClassWords
    {
        get
        {
            if (_data is null)
            {
                yield break;
            }

            foreach (var wordClass in _data.Classes.Values)
            {
                // An item may be a short pattern ("(i am|we are)? sorry"): its words, not its syntax.
                foreach (var item in wordClass.Items)
                {
                    foreach (var word in PhraseMatcher.WordsOf(new[] { _pack!.Normalize(item) }))
                    {
                        yield return word;
                    }
                }

                // A single word is also kept whole ("cannot"), as code looks it up that way.
                foreach (var item in wordClass.Items)
                {
                    if (item.IndexOf(' ') < 0 && item.IndexOf('(') < 0)
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    /// <summary>Attaches the rule's data from <paramref name="pack"/>, checking that code and data name the same behaviours.</summary>
    public void Bind(LanguagePack pack)
    {
        var data = pack.Rule(Name);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (Behaviours is { } type)
        {
            foreach (var member in Enum.GetNames(type))
            {
                var name = Kebab(member);
                names.Add(name);
                if (!data.Behaviours.ContainsKey(name) && Convert.ToInt32(Enum.Parse(type, member), CultureInfo.InvariantCulture) != 0)
                {
                    throw new RulePackException(data.File, 0, $"the rule's code implements the behaviour '{name}', which the file's 'behaviours' does not describe");
                }
            }
        }

        foreach (var behaviour in data.Behaviours.Values)
        {
            if (!names.Contains(behaviour.Name))
            {
                throw new RulePackException(data.File, behaviour.Line, $"the behaviour '{behaviour.Name}' is not implemented by the rule's code");
            }
        }

        _pack = pack;
        _data = data;
        _descriptors = new DiagnosticDescriptor[data.Diagnostics.Count];
        for (var i = 0; i < _descriptors.Length; i++)
        {
            _descriptors[i] = pack.Descriptor(data.Diagnostics[i].Id);
        }
    }

    /// <summary>Resolves word ids once the word table exists.</summary>
    public virtual void Initialize(Lexicon lexicon)
    {
    }

    /// <summary>Reports this rule's findings for one reply.</summary>
    public abstract void Analyze(RuleContext context);

    /// <summary>The words of a class of the rule's data (or of the language's) as a set of ids.</summary>
    protected WordSet Class(Lexicon lexicon, string name) => lexicon.Set(Items(name));

    /// <summary>The items of a class of the rule's data (or of the language's).</summary>
    protected IReadOnlyList<string> Items(string name) =>
        (_pack ?? throw new InvalidOperationException($"The rule '{Name}' has no data bound.")).Class(name, _data).Items;

    /// <summary>The bound descriptor with this id; a missing one is a mistake in the rule's data and names the file.</summary>
    protected DiagnosticDescriptor DescriptorOf(string id)
    {
        foreach (var descriptor in _descriptors)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        throw new RulePackException(_data?.File ?? Name, 0, $"the rule's code reports {id}, which the file's 'diagnostics' does not describe");
    }

    /// <summary>A message or fix title of the rule's data.</summary>
    protected string Text(string name) => Data.Message(name);

    private int BehaviourValue(PhraseRowData row)
    {
        if (row.Behaviour is null)
        {
            return 0;
        }

        var type = Behaviours ?? throw new RulePackException(Data.File, row.Line, $"the rule '{Name}' has no behaviours, so a row cannot name one");
        foreach (var member in Enum.GetNames(type))
        {
            if (Kebab(member) == row.Behaviour)
            {
                return Convert.ToInt32(Enum.Parse(type, member), CultureInfo.InvariantCulture);
            }
        }

        throw new RulePackException(Data.File, row.Line, $"the behaviour '{row.Behaviour}' is not implemented by the rule's code");
    }

    /// <summary>"ShouldHave" is "should-have".</summary>
    internal static string Kebab(string member)
    {
        var name = new StringBuilder(member.Length + 4);
        for (var i = 0; i < member.Length; i++)
        {
            var c = member[i];
            if (char.IsUpper(c) && i > 0)
            {
                name.Append('-');
            }

            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }
}
