using System;
using System.Collections.Generic;
using System.Threading;
using Humanizer;

namespace Deescalation;

/// <summary>
/// Compiles the rules' phrase tables once into one word table and one matcher, then runs every rule over a
/// prepared reply. Immutable once built; per-call state lives in thread-local scratch objects.
/// </summary>
internal sealed class AnalysisEngine
{
    private static readonly string[] Fillers =
    {
        "really", "so", "very", "truly", "terribly", "deeply", "sincerely", "genuinely", "extremely", "awfully",
        "incredibly", "just", "quite", "honestly", "personally", "all", "certainly", "indeed", "ever", "definitely", "completely",
        "totally", "fully", "absolutely",
    };

    private readonly Dictionary<string, DiagnosticSeverity> _severities;
    private readonly HashSet<string> _disabled;
    private readonly ReplyRule[] _rules;
    private readonly PhraseMatcher _matcher;
    private readonly PhraseMatcher? _allowedMatcher;
    private readonly ThreadLocal<RuleContext> _contexts;
    private readonly MissingAcknowledgementRule _acknowledgement = null!;
    private readonly bool _acknowledgementEnabled;

    public AnalysisEngine(DeescalationOptions options)
    {
        Options = options;
        _severities = new Dictionary<string, DiagnosticSeverity>(options.Severities, StringComparer.OrdinalIgnoreCase);
        _disabled = new HashSet<string>(options.DisabledRules, StringComparer.OrdinalIgnoreCase);
        ResponseWindow = "within " + "business day".ToQuantity(options.ResponseWindowBusinessDays);

        var pack = LanguagePack.English;
        var rules = new List<ReplyRule>();
        foreach (var rule in BuiltInRules.Create())
        {
            if (rule is MissingAcknowledgementRule acknowledgement)
            {
                // The score reads its acknowledgement, next-step and thanks rows even when the rule is disabled.
                _acknowledgement = acknowledgement;
            }
            else if (!AnyEnabled(rule))
            {
                // A disabled rule is neither compiled into the matcher nor run.
                continue;
            }

            rule.Bind(pack);
            rules.Add(rule);
        }

        if (options.CustomRules.Count > 0)
        {
            rules.Add(new CustomPhraseRuleSet(options.CustomRules));
        }

        _rules = rules.ToArray();
        var entries = new List<PhraseEntry>();
        var words = new List<string>(Tokenizer.OwnWords());
        words.AddRange(CommonWords.AllWords());
        words.AddRange(Fillers);
        foreach (var rule in _rules)
        {
            words.AddRange(rule.ClassWords);
            foreach (var row in rule.Phrases)
            {
                // The tables are shared by every analyzer; each engine keeps its own rows, owned by its own rules.
                entries.Add(new PhraseEntry(row.Pattern, row.Replacement, row.Kind) { Owner = rule, Descriptor = row.Descriptor, Message = row.Message });
            }

            words.AddRange(rule.Words);
        }

        var patterns = new string[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            patterns[i] = entries[i].Pattern;
        }

        var allowedPatterns = new List<string>();
        foreach (var phrase in options.AllowedPhrases)
        {
            allowedPatterns.Add(PhrasePattern.Literal(phrase));
        }

        words.AddRange(PhraseMatcher.WordsOf(patterns));
        words.AddRange(PhraseMatcher.WordsOf(allowedPatterns));

        var table = new WordTable(words);
        var tokenizer = new Tokenizer(table);
        Lexicon = new Lexicon(table, tokenizer);
        Common = new CommonWords(Lexicon);
        Entries = entries.ToArray();
        _matcher = new PhraseMatcher(table, patterns, Fillers);

        // The customer's message is only read for signs of anger: a matcher of those rows alone keeps it cheap.
        var customerPatterns = new List<string>();
        var customerEntries = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Owner is MissingAcknowledgementRule && (MissingAcknowledgementRule.Behaviour)entries[i].Kind is MissingAcknowledgementRule.Behaviour.StrongUpset or MissingAcknowledgementRule.Behaviour.MildUpset)
            {
                customerPatterns.Add(patterns[i]);
                customerEntries.Add(i);
            }
        }

        CustomerMatcher = new PhraseMatcher(table, customerPatterns, Fillers);
        CustomerEntries = customerEntries.ToArray();
        if (allowedPatterns.Count > 0)
        {
            _allowedMatcher = new PhraseMatcher(table, allowedPatterns, Array.Empty<string>());
        }

        foreach (var rule in _rules)
        {
            rule.Initialize(Lexicon);
        }

        var descriptors = new List<DiagnosticDescriptor>();
        foreach (var rule in _rules)
        {
            foreach (var descriptor in rule.Descriptors)
            {
                if (IsEnabled(descriptor))
                {
                    descriptors.Add(descriptor);
                }
            }
        }

        Descriptors = descriptors;
        _acknowledgementEnabled = AnyEnabled(_acknowledgement);
        _contexts = new ThreadLocal<RuleContext>(() => new RuleContext(this));
    }

    public DeescalationOptions Options { get; }

    public PhraseMatcher Matcher => _matcher;

    /// <summary>Matches the rows that read a customer's message; its entry numbers map through <see cref="CustomerEntries"/>.</summary>
    public PhraseMatcher CustomerMatcher { get; }

    public int[] CustomerEntries { get; }

    public Lexicon Lexicon { get; }

    public CommonWords Common { get; }

    public PhraseEntry[] Entries { get; }

    public string ResponseWindow { get; }

    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    private bool AnyEnabled(ReplyRule rule)
    {
        foreach (var descriptor in rule.Descriptors)
        {
            if (IsEnabled(descriptor))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsEnabled(DiagnosticDescriptor descriptor) => !_disabled.Contains(descriptor.Id) && !_disabled.Contains(descriptor.Category);

    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor)
    {
        if (_severities.Count == 0)
        {
            return descriptor.DefaultSeverity;
        }

        if (_severities.TryGetValue(descriptor.Id, out var byId))
        {
            return byId;
        }

        return _severities.TryGetValue(descriptor.Category, out var byCategory) ? byCategory : descriptor.DefaultSeverity;
    }

    public ReplyAnalysis Analyze(string text, ReplyContext? context)
    {
        var reply = ReplyText.Rent();
        var rules = _contexts.Value!;
        try
        {
            reply.Prepare(text, Lexicon.Tokenizer);
            if (_allowedMatcher is not null)
            {
                MarkAllowed(reply, rules.Matches);
            }

            rules.Reset(reply, context);
            _matcher.Match(reply, rules.Matches);
            foreach (var rule in _rules)
            {
                if (rule != _acknowledgement || _acknowledgementEnabled)
                {
                    rule.Analyze(rules);
                }
            }

            IReadOnlyList<Diagnostic> diagnostics = rules.Diagnostics is { } found ? Sorted(found) : Array.Empty<Diagnostic>();
            var signals = ReplySignals.Read(rules, _acknowledgement);
            var score = Scoring.Compute(diagnostics, signals.Acknowledges, signals.ConcreteNextStep, signals.Thanks);
            return new ReplyAnalysis(text, score, diagnostics);
        }
        finally
        {
            rules.Reset(null!, null);
            ReplyText.Return(reply);
        }
    }

    private void MarkAllowed(ReplyText reply, List<PhraseMatch> scratch)
    {
        scratch.Clear();
        _allowedMatcher!.Match(reply, scratch);
        foreach (var match in scratch)
        {
            for (var i = match.First; i <= match.Last; i++)
            {
                reply[i].Flags |= TokenFlags.Allowed;
            }
        }

        scratch.Clear();
    }

    private static Diagnostic[] Sorted(List<Diagnostic> diagnostics)
    {
        var array = diagnostics.ToArray();
        Array.Sort(array, static (a, b) =>
        {
            var byStart = a.Span.Start.CompareTo(b.Span.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byLength = b.Span.Length.CompareTo(a.Span.Length);
            return byLength != 0 ? byLength : string.CompareOrdinal(a.Id, b.Id);
        });
        return array;
    }
}
