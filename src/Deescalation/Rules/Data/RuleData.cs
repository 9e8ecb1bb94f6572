using System;
using System.Collections.Generic;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules.Data;

/// <summary>
/// One rule file of a language pack (<c>Rules/en/DEESC004.blame.yaml</c>): the rule's diagnostics with their
/// documentation and examples, its named behaviours, word classes, messages and phrase rows. Read once, immutable.
/// The format is described in <c>docs/rule-format.md</c>.
/// </summary>
internal sealed class RuleData
{
    public RuleData(
        string file,
        string name,
        IReadOnlyList<RuleDiagnosticData> diagnostics,
        IReadOnlyDictionary<string, RuleBehaviourData> behaviours,
        IReadOnlyDictionary<string, WordClassData> classes,
        IReadOnlyDictionary<string, string> messages,
        IReadOnlyList<PhraseRowData> phrases)
    {
        File = file;
        Name = name;
        Diagnostics = diagnostics;
        Behaviours = behaviours;
        Classes = classes;
        Messages = messages;
        Phrases = phrases;
    }

    /// <summary>The file the data came from, as errors name it (<c>rules/en/DEESC004.blame.yaml</c>).</summary>
    public string File { get; }

    /// <summary>The rule's name, such as <c>blame</c>; the code of the rule with that name reads this data.</summary>
    public string Name { get; }

    public IReadOnlyList<RuleDiagnosticData> Diagnostics { get; }

    /// <summary>The behaviours rows may name; the rule's code implements each.</summary>
    public IReadOnlyDictionary<string, RuleBehaviourData> Behaviours { get; }

    /// <summary>Named word classes of this rule (the language's shared classes are in <see cref="LanguagePack"/>).</summary>
    public IReadOnlyDictionary<string, WordClassData> Classes { get; }

    /// <summary>Messages and fix titles by name.</summary>
    public IReadOnlyDictionary<string, string> Messages { get; }

    public IReadOnlyList<PhraseRowData> Phrases { get; }

    /// <summary>A message by name; a missing name is a bug in the rule's code or data and names the file.</summary>
    public string Message(string name) =>
        Messages.TryGetValue(name, out var text) ? text : throw new RulePackException(File, 0, $"the rule's code asks for message '{name}', which the file's 'messages' does not define");

    public override string ToString() => File;
}

/// <summary>One diagnostic a rule reports, with what its documentation page says and the examples the tests run.</summary>
internal sealed class RuleDiagnosticData
{
    public RuleDiagnosticData(string id, string title, string category, DiagnosticSeverity severity, FindingConfidence confidence, string summary, string cause, string description, string howToFix, IReadOnlyList<RuleExample> examples, int line)
    {
        Confidence = confidence;
        Id = id;
        Title = title;
        Category = category;
        Severity = severity;
        Summary = summary;
        Cause = cause;
        Description = description;
        HowToFix = howToFix;
        Examples = examples;
        Line = line;
    }

    public string Id { get; }

    public string Title { get; }

    public string Category { get; }

    public DiagnosticSeverity Severity { get; }

    /// <summary>How sure the rule is of its findings (<c>confidence:</c>, default <c>likely</c>).</summary>
    public FindingConfidence Confidence { get; }

    /// <summary>One paragraph: the descriptor's description.</summary>
    public string Summary { get; }

    public string Cause { get; }

    /// <summary>Markdown: what the rule reads and the guide passage it comes from.</summary>
    public string Description { get; }

    /// <summary>Markdown: the fix, with a before and after.</summary>
    public string HowToFix { get; }

    public IReadOnlyList<RuleExample> Examples { get; }

    public int Line { get; }
}

/// <summary>
/// An example of a rule file: a reply (with the expected spans of its findings marked <c>[|...|]</c> when it fires),
/// and the customer's message it answers, when the rule needs one.
/// </summary>
internal sealed class RuleExample
{
    public RuleExample(string diagnosticId, string text, string? customer, string? note, bool fires, string file, int line)
    {
        DiagnosticId = diagnosticId;
        Text = text;
        Customer = customer;
        Note = note;
        Fires = fires;
        File = file;
        Line = line;
    }

    /// <summary>The diagnostic the example is about: it must report exactly the marked spans, or nothing.</summary>
    public string DiagnosticId { get; }

    /// <summary>The reply, with <c>[|</c> and <c>|]</c> around each expected span.</summary>
    public string Text { get; }

    public string? Customer { get; }

    public string? Note { get; }

    public bool Fires { get; }

    public string File { get; }

    public int Line { get; }

    public override string ToString() => $"{File}:{Line}: {Text}";
}

/// <summary>A named behaviour: what a row asks of the rule's code, documented where rows can see it.</summary>
internal sealed class RuleBehaviourData
{
    public RuleBehaviourData(string name, string description, int line)
    {
        Name = name;
        Description = description;
        Line = line;
    }

    public string Name { get; }

    public string Description { get; }

    public int Line { get; }
}

/// <summary>A named class of words or short patterns: code reads it as a set, patterns name it as <c>&lt;name&gt;</c>.</summary>
internal sealed class WordClassData
{
    public WordClassData(string name, IReadOnlyList<string> items, string file, int line)
    {
        Name = name;
        Items = items;
        File = file;
        Line = line;
    }

    public string Name { get; }

    public IReadOnlyList<string> Items { get; }

    public string File { get; }

    public int Line { get; }
}

/// <summary>One phrase row: the pattern (word classes already expanded), the fix text, the named behaviour.</summary>
internal sealed class PhraseRowData
{
    public PhraseRowData(string pattern, string source, string? fix, string? behaviour, string diagnostic, IReadOnlyList<RuleExample> examples, int line)
    {
        Diagnostic = diagnostic;
        Pattern = pattern;
        Source = source;
        Fix = fix;
        Behaviour = behaviour;
        Examples = examples;
        Line = line;
    }

    /// <summary>The pattern with every <c>&lt;class&gt;</c> replaced by its alternatives.</summary>
    public string Pattern { get; }

    /// <summary>The pattern as written in the file.</summary>
    public string Source { get; }

    /// <summary>The pattern in normalised words, the language's contractions split: what the matcher compiles.</summary>
    public string? Normalized { get; init; }

    /// <summary>The parse of <see cref="Normalized"/> that the matcher compiles (kept in <see cref="ParsedPatterns"/> too).</summary>
    public ParsedPattern? Parsed { get; init; }

    /// <summary>The words a fix puts in place of the phrase; empty to delete it; <see langword="null"/> when the rule builds its own.</summary>
    public string? Fix { get; }

    /// <summary>
    /// <see cref="FixApplicability.Safe"/> for a <c>fix:</c> (a drop-in for the phrase in any sentence), or
    /// <see cref="FixApplicability.Suggestion"/> for a <c>suggest:</c> (words for a person to read and adapt).
    /// A text with placeholders ("by [time]") needs input either way.
    /// </summary>
    public FixApplicability FixKind { get; init; }

    public string? Behaviour { get; }

    /// <summary>Conditions that must all hold for a match to count (<c>when:</c>).</summary>
    public RowCondition[] When { get; init; } = Array.Empty<RowCondition>();

    /// <summary>Conditions none of which may hold for a match to count (<c>unless:</c>).</summary>
    public RowCondition[] Unless { get; init; } = Array.Empty<RowCondition>();

    /// <summary>The diagnostic the row is about: the file's first unless the row names another.</summary>
    public string Diagnostic { get; }

    /// <summary>The row's own examples.</summary>
    public IReadOnlyList<RuleExample> Examples { get; }

    public int Line { get; }
}

/// <summary>
/// A phrase of the language file that sets one of the engine's signals rather than reporting: an acknowledgement or a
/// next step in the reply, a sign of anger in the customer's message.
/// </summary>
internal sealed class SignalRowData
{
    public static readonly string[] Names = { "acknowledgement", "next-step", "strong-upset", "mild-upset" };

    public SignalRowData(string pattern, string source, SignalKind signal, int line)
    {
        Pattern = pattern;
        Source = source;
        Signal = signal;
        Line = line;
    }

    public string Pattern { get; }

    public string Source { get; }

    /// <summary>The pattern in normalised words, the language's contractions split: what the matcher compiles.</summary>
    public string? Normalized { get; init; }

    /// <summary>The parse of <see cref="Normalized"/> that the matcher compiles (kept in <see cref="ParsedPatterns"/> too).</summary>
    public ParsedPattern? Parsed { get; init; }

    public SignalKind Signal { get; }

    public int Line { get; }

    public static SignalKind? Parse(string name) => name switch
    {
        "acknowledgement" => SignalKind.Acknowledgement,
        "next-step" => SignalKind.NextStep,
        "strong-upset" => SignalKind.StrongUpset,
        "mild-upset" => SignalKind.MildUpset,
        _ => null,
    };
}

/// <summary>What a signal row tells the engine.</summary>
internal enum SignalKind
{
    /// <summary>Not a signal row.</summary>
    None = 0,

    /// <summary>The reply acknowledges the customer's feelings ("I understand", "that must be frustrating").</summary>
    Acknowledgement,

    /// <summary>The reply names a concrete next step ("I've sent", "you'll receive").</summary>
    NextStep,

    /// <summary>In the customer's message: a strong sign of anger; one is enough.</summary>
    StrongUpset,

    /// <summary>In the customer's message: a mild sign; it counts with another sign.</summary>
    MildUpset,
}

/// <summary>What a language file holds: its code, its text rules, its roles, its shared classes and its signal rows.</summary>
internal sealed class LanguageFileData
{
    public LanguageFileData(string code, TextLanguage text, IReadOnlyDictionary<string, string> roles, Dictionary<string, WordClassData> classes, List<SignalRowData> signals)
    {
        Code = code;
        Text = text;
        Roles = roles;
        Classes = classes;
        Signals = signals;
    }

    public string Code { get; }

    public TextLanguage Text { get; }

    public IReadOnlyDictionary<string, string> Roles { get; }

    public Dictionary<string, WordClassData> Classes { get; }

    public List<SignalRowData> Signals { get; }

    /// <summary>How a pattern's <c>word~</c> inflects.</summary>
    public Inflections Inflections { get; init; } = Inflections.None;
}

/// <summary>A mistake in a language pack's data, naming the file and line.</summary>
internal sealed class RulePackException : Exception
{
    public RulePackException(string file, int line, string message)
        : base(line > 0 ? $"{file}:{line}: {message}" : $"{file}: {message}")
    {
        File = file;
        Line = line;
        Reason = message;
    }

    public string File { get; }

    public int Line { get; }

    /// <summary>The mistake without the file and line (the build tool reports those apart, as MSBuild expects).</summary>
    public string Reason { get; }
}
