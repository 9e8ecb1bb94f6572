using System;
using System.Collections.Generic;
using System.Threading;
using Deescalation.Fixes;
using Deescalation.Rules;
using Deescalation.Rules.Data;
using Deescalation.Text;

namespace Deescalation.Analysis;

/// <summary>
/// Compiles the rules' phrase tables once into one word table and one matcher, then runs every rule over a
/// prepared reply. Immutable once built; per-call state lives in thread-local scratch objects.
/// </summary>
internal sealed class AnalysisEngine
{
    private readonly Dictionary<string, DiagnosticSeverity> _severities;
    private readonly HashSet<string> _disabled;
    private readonly ReplyRule[] _rules;
    private readonly PhraseMatcher _matcher;
    private readonly bool _hasConditions;
    private readonly PhraseMatcher? _allowedMatcher;
    private readonly ThreadLocal<RuleContext> _contexts;
    private readonly FixVerifier _verifier;

    public AnalysisEngine(DeescalationOptions options)
        : this(options, LanguagePack.Embedded(options.Language))
    {
    }

    /// <summary>Builds an engine over <paramref name="pack"/>: the tests use it to try a pack before it is embedded.</summary>
    public AnalysisEngine(DeescalationOptions options, LanguagePack pack)
    {
        Options = options;
        _severities = new Dictionary<string, DiagnosticSeverity>(options.Severities, StringComparer.OrdinalIgnoreCase);
        _disabled = new HashSet<string>(options.DisabledRules, StringComparer.OrdinalIgnoreCase);

        var rules = new List<ReplyRule>();
        foreach (var rule in BuiltInRules.Create(pack))
        {
            // A language may hold a subset of the rules; a disabled rule is neither compiled into the matcher nor run.
            if (!pack.HasRule(rule.Name))
            {
                continue;
            }

            rule.Bind(pack);
            if (AnyEnabled(rule))
            {
                rules.Add(rule);
            }
        }

        if (options.CustomRules.Count > 0)
        {
            rules.Add(new CustomPhraseRuleSet(options.CustomRules));
        }

        _rules = rules.ToArray();
        _verifier = new FixVerifier(this, new FixChecker(pack));
        FixConnectors = new HashSet<string>(pack.Classes.TryGetValue("fix-connectors", out var connectors) ? connectors.Items : Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        Signals = new SignalDetector(pack);
        var entries = new List<PhraseEntry>(Signals.ReplyRows);
        var customerRows = new List<PhraseEntry>(Signals.CustomerRows);
        var language = pack.Text;
        var words = new List<string>(Tokenizer.OwnWords(language));
        words.AddRange(Signals.Words);
        words.AddRange(CommonWords.AllWords(pack));
        words.AddRange(language.Fillers);
        foreach (var rule in _rules)
        {
            words.AddRange(rule.ClassWords);
            foreach (var row in rule.Phrases)
            {
                // The tables are shared by every analyzer; each engine keeps its own rows, owned by its own rules.
                entries.Add(new PhraseEntry(row.Pattern, row.Replacement, row.Kind) { Owner = rule, Descriptor = row.Descriptor, Message = row.Message, When = row.When, Unless = row.Unless, FixKind = row.FixKind });
            }

            words.AddRange(rule.Words);
        }

        var patterns = new string[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            // Patterns reach the matcher in normalised words, the language's contractions split.
            patterns[i] = pack.Normalize(entries[i].Pattern);
        }

        var allowedPatterns = new List<string>();
        foreach (var phrase in options.AllowedPhrases)
        {
            allowedPatterns.Add(pack.Normalize(PhrasePattern.Literal(phrase)));
        }

        words.AddRange(PhraseMatcher.WordsOf(patterns));
        words.AddRange(PhraseMatcher.WordsOf(allowedPatterns));

        // The customer's message is only read for signs of anger: a matcher of those rows alone keeps it cheap.
        var customerPatterns = new string[customerRows.Count];
        for (var i = 0; i < customerPatterns.Length; i++)
        {
            customerPatterns[i] = pack.Normalize(customerRows[i].Pattern);
        }

        words.AddRange(PhraseMatcher.WordsOf(customerPatterns));
        CustomerEntries = customerRows.ToArray();

        var table = new WordTable(words);
        var tokenizer = new Tokenizer(table, language);
        Lexicon = new Lexicon(table, tokenizer);
        Common = new CommonWords(Lexicon, pack);
        Entries = entries.ToArray();
        foreach (var entry in Entries)
        {
            _hasConditions |= entry.IsConditional;
        }

        _matcher = new PhraseMatcher(table, patterns, language.Fillers);
        CustomerMatcher = new PhraseMatcher(table, customerPatterns, language.Fillers);
        Signals.Initialize(Lexicon, Common);

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
        _contexts = new ThreadLocal<RuleContext>(() => new RuleContext(this));
    }

    public DeescalationOptions Options { get; }

    /// <summary>Words that end a fix's lead-in and carry the rest of the sentence ("and", "that", "to"): see <see cref="RuleContext.Fits"/>.</summary>
    public HashSet<string> FixConnectors { get; }

    public PhraseMatcher Matcher => _matcher;

    /// <summary>Matches the rows that read a customer's message; its entry numbers index <see cref="CustomerEntries"/>.</summary>
    public PhraseMatcher CustomerMatcher { get; }

    public PhraseEntry[] CustomerEntries { get; }

    /// <summary>Reads the signals every rule and the score may use.</summary>
    public SignalDetector Signals { get; }

    public Lexicon Lexicon { get; }

    public CommonWords Common { get; }

    public PhraseEntry[] Entries { get; }


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
        var analysis = AnalyzeOnce(text, context);
        return FixVerifier.NeedsCheck(analysis.Diagnostics) ? new ReplyAnalysis(text, analysis.Score, _verifier.Check(text, context, analysis.Diagnostics)) : analysis;
    }

    /// <summary>One analysis, with the fixes as the rules built them; <see cref="FixVerifier"/> reads fixed text with it.</summary>
    internal ReplyAnalysis AnalyzeOnce(string text, ReplyContext? context)
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
            rules.Signals.Read(rules);
            if (_hasConditions)
            {
                DropFailedConditions(rules);
            }
            foreach (var rule in _rules)
            {
                rule.Analyze(rules);
            }

            if (rules.Diagnostics is { Count: > 1 } all)
            {
                CollapseNested(all);
            }

            IReadOnlyList<Diagnostic> diagnostics = rules.Diagnostics is { } found ? Sorted(found) : Array.Empty<Diagnostic>();
            var signals = rules.Signals;
            var score = Scoring.Compute(diagnostics, signals.Acknowledges, signals.NextStep, signals.Thanks);
            return new ReplyAnalysis(text, score, diagnostics);
        }
        finally
        {
            rules.Reset(null!, null);
            ReplyText.Return(reply);
        }
    }

    /// <summary>Drops the matches of rows whose <c>when</c>/<c>unless</c> conditions fail, keeping the order.</summary>
    private void DropFailedConditions(RuleContext context)
    {
        var matches = context.Matches;
        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var entry = Entries[match.Entry];
            if (!entry.IsConditional || RowConditions.Hold(context, match, entry.When, entry.Unless))
            {
                matches[kept++] = match;
            }
        }

        matches.RemoveRange(kept, matches.Count - kept);
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

    /// <summary>
    /// One span, one finding: when the words of one finding hold, strictly, the words of a finding of another category
    /// ("rest assured we'll get in touch soon" as an overpromise around the vague "soon"), only the inner, more
    /// specific one stays. Findings on the very same words, or that only touch each other ("We're sorry if" and "sorry
    /// if you missed"), name different risks and both stay; so does shouting, which is about the letters, not the
    /// words.
    /// </summary>
    private static void CollapseNested(List<Diagnostic> diagnostics)
    {
        // Sorted by start (longer first), a finding's nested findings follow it before the first that starts past its
        // end; the look-ahead is capped so that a reply with thousands of findings stays linear.
        const int Reach = 64;
        var order = new int[diagnostics.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byStart = diagnostics[a].Span.Start.CompareTo(diagnostics[b].Span.Start);
            return byStart != 0 ? byStart : diagnostics[b].Span.Length.CompareTo(diagnostics[a].Span.Length);
        });

        bool[]? removed = null;
        for (var k = 0; k < order.Length; k++)
        {
            var outer = diagnostics[order[k]];
            if (outer.Span.Length == 0 || IsAboutForm(outer))
            {
                continue;
            }

            for (var m = k + 1; m < order.Length && m - k <= Reach; m++)
            {
                var inner = diagnostics[order[m]];
                if (inner.Span.Start >= outer.Span.End)
                {
                    break;
                }

                if (inner.Span.Length > 0 && !IsAboutForm(inner) && !string.Equals(inner.Category, outer.Category, StringComparison.Ordinal) &&
                    inner.Span.End <= outer.Span.End && inner.Span.Length < outer.Span.Length)
                {
                    (removed ??= new bool[diagnostics.Count])[order[k]] = true;
                    break;
                }
            }
        }

        if (removed is null)
        {
            return;
        }

        var kept = 0;
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (!removed[i])
            {
                diagnostics[kept++] = diagnostics[i];
            }
        }

        diagnostics.RemoveRange(kept, diagnostics.Count - kept);
    }

    private static bool IsAboutForm(Diagnostic diagnostic) => string.Equals(diagnostic.Category, DiagnosticCategories.Shouting, StringComparison.Ordinal);

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
