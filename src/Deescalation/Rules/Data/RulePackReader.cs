using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Deescalation.Analysis;
using Deescalation.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Deescalation.Rules.Data;

/// <summary>
/// Reads the YAML files of a language pack into <see cref="RuleData"/>, checking every key, name and pattern as it
/// goes: a mistake throws a <see cref="RulePackException"/> naming the file and line. Only YamlDotNet's node reader
/// is used (no reflection), so the pack loads the same way under Native AOT and on .NET Framework.
/// </summary>
internal static class RulePackReader
{
    private static readonly string[] RuleKeys = { "rule", "diagnostics", "behaviours", "classes", "messages", "phrases" };
    private static readonly string[] DiagnosticKeys = { "id", "title", "category", "severity", "confidence", "summary", "cause", "description", "how-to-fix", "examples" };
    private static readonly string[] ExampleListKeys = { "fires", "must-not-fire" };
    private static readonly string[] ExampleKeys = { "text", "customer", "note" };
    private static readonly string[] RowKeys = { "pattern", "fix", "suggest", "behaviour", "when", "unless", "diagnostic", "fires", "must-not-fire" };
    private static readonly string[] LanguageKeys = { "language", "text", "contractions", "inflections", "roles", "classes", "signals" };
    private static readonly string[] InflectionKeys = { "suffixes", "drop-final-e-before", "irregular" };
    private static readonly string[] TextKeys = { "abbreviations", "single-letter-words", "sign-offs", "fillers", "mail-headers" };
    private static readonly string[] MailHeaderKeys = { "attribution-starts", "attribution-ends", "thread-markers", "forwarded-starts", "from", "following-fields", "fields" };
    private static readonly string[] ContractionKeys = { "negation", "negation-stems", "negation-unmarked", "clitics", "possessive", "possessive-is", "possessive-us", "joined" };
    private static readonly string[] SignalKeys = { "pattern", "signal" };

    /// <summary>Reads the language file (<c>language.yaml</c>): the pack's code, text rules, roles, shared classes and signals.</summary>
    public static LanguageFileData ReadLanguage(string file, string yaml)
    {
        var root = Load(file, yaml);
        CheckKeys(file, root, LanguageKeys, "a language file");
        var code = RequiredString(file, root, "language");
        var classes = ReadClasses(file, root, null);
        var text = Required<YamlMappingNode>(file, root, "text", "the tokenizer's abbreviations, single-letter words, sign-offs and fillers");
        CheckKeys(file, text, TextKeys, "'text'");
        var contractions = new Contractions(ReadContractions(file, Required<YamlMappingNode>(file, root, "contractions", "how contractions split")));
        var language = new TextLanguage(
            contractions,
            List(file, text, "abbreviations"),
            RequiredString(file, text, "single-letter-words"),
            List(file, text, "sign-offs"),
            List(file, text, "fillers"),
            ReadMailHeaders(file, Required<YamlMappingNode>(file, text, "mail-headers", "how mail clients mark a quoted thread")));
        var signals = new List<SignalRowData>();
        if (Optional<YamlSequenceNode>(file, root, "signals", "a list of signal rows") is { } rows)
        {
            foreach (var node in rows)
            {
                var row = As<YamlMappingNode>(file, node, "a signal row");
                CheckKeys(file, row, SignalKeys, "a signal row");
                var line = Line(row);
                var source = RequiredString(file, row, "pattern");
                var pattern = ExpandClasses(file, line, source, classes, null);
                var (normalized, parsed) = CheckPattern(file, line, source, pattern, contractions);
                var name = RequiredString(file, row, "signal");
                var signal = SignalRowData.Parse(name) ?? throw new RulePackException(
                    file, line, $"'{name}' is not a signal; use {string.Join(", ", SignalRowData.Names)}");
                signals.Add(new SignalRowData(pattern, source, signal, line) { Normalized = normalized, Parsed = parsed });
            }
        }

        var roles = Map(file, Required<YamlMappingNode>(file, root, "roles", "the words the rules' code reads by role"), "a role");
        var inflections = Inflections.None;
        if (Optional<YamlMappingNode>(file, root, "inflections", "regular suffixes and irregular forms") is { } inflectionNode)
        {
            CheckKeys(file, inflectionNode, InflectionKeys, "'inflections'");
            var irregular = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (Optional<YamlMappingNode>(file, inflectionNode, "irregular", "words and their forms") is { } forms)
            {
                foreach (var pair in forms.Children)
                {
                    var word = Scalar(file, pair.Key, "a word");
                    var list = new List<string>();
                    foreach (var form in As<YamlSequenceNode>(file, pair.Value, $"the forms of '{word}'"))
                    {
                        list.Add(Scalar(file, form, "a form"));
                    }

                    irregular.Add(word, list);
                }
            }

            inflections = new Inflections(List(file, inflectionNode, "suffixes"), List(file, inflectionNode, "drop-final-e-before"), irregular);
        }

        return new LanguageFileData(code, language, roles, classes, signals) { Inflections = inflections };
    }

    private static MailHeaders ReadMailHeaders(string file, YamlMappingNode node)
    {
        CheckKeys(file, node, MailHeaderKeys, "'mail-headers'");
        return new MailHeaders
        {
            AttributionStarts = List(file, node, "attribution-starts").ToArray(),
            AttributionEnds = List(file, node, "attribution-ends").ToArray(),
            ThreadMarkers = List(file, node, "thread-markers").ToArray(),
            ForwardedStarts = List(file, node, "forwarded-starts").ToArray(),
            From = RequiredString(file, node, "from"),
            FollowingFields = List(file, node, "following-fields").ToArray(),
            Fields = List(file, node, "fields").ToArray(),
        };
    }

    private static ContractionData ReadContractions(string file, YamlMappingNode node)
    {
        CheckKeys(file, node, ContractionKeys, "'contractions'");
        var negation = Required<YamlMappingNode>(file, node, "negation", "the negation's suffix and word");
        var possessiveIs = Required<YamlMappingNode>(file, node, "possessive-is", "a word and the stems it follows");
        var possessiveUs = Required<YamlMappingNode>(file, node, "possessive-us", "a word and the stems it follows");
        var joined = Map(file, Required<YamlMappingNode>(file, node, "joined", "words written as one (\"cannot\": \"can not\")"), "a joined word");
        foreach (var pair in joined)
        {
            if (pair.Value.Split(' ').Length != 2)
            {
                throw new RulePackException(file, Line(node), $"the joined word '{pair.Key}' must split into exactly two words");
            }
        }

        return new ContractionData
        {
            NegationSuffix = RequiredString(file, negation, "suffix"),
            NegationWord = RequiredString(file, negation, "word"),
            NegationStems = Map(file, Required<YamlMappingNode>(file, node, "negation-stems", "stems that change"), "a stem"),
            NegationUnmarked = List(file, node, "negation-unmarked"),
            Clitics = Map(file, Required<YamlMappingNode>(file, node, "clitics", "clitics and their words"), "a clitic"),
            Possessive = RequiredString(file, node, "possessive"),
            PossessiveIs = (RequiredString(file, possessiveIs, "word"), List(file, possessiveIs, "after")),
            PossessiveUs = (RequiredString(file, possessiveUs, "word"), List(file, possessiveUs, "after")),
            Joined = joined,
        };
    }

    private static List<string> List(string file, YamlMappingNode node, string key)
    {
        var list = Required<YamlSequenceNode>(file, node, key, "a list of words");
        var items = new List<string>(list.Children.Count);
        foreach (var item in list)
        {
            items.Add(Scalar(file, item, "a word"));
        }

        return items;
    }

    private static Dictionary<string, string> Map(string file, YamlMappingNode node, string what)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in node.Children)
        {
            var key = Scalar(file, pair.Key, what);
            if (map.ContainsKey(key))
            {
                throw new RulePackException(file, Line(pair.Key), $"{what} '{key}' is given twice");
            }

            map.Add(key, Scalar(file, pair.Value, what));
        }

        return map;
    }

    /// <summary>Reads one rule file; <paramref name="shared"/> are the language's classes that patterns may name too.</summary>
    public static RuleData ReadRule(string file, string yaml, IReadOnlyDictionary<string, WordClassData> shared, Inflections? inflections = null, Contractions? contractions = null)
    {
        inflections ??= Inflections.None;
        var root = Load(file, yaml);
        CheckKeys(file, root, RuleKeys, "a rule file");
        var name = RequiredString(file, root, "rule");

        var diagnostics = new List<RuleDiagnosticData>();
        var diagnosticNodes = Required<YamlSequenceNode>(file, root, "diagnostics", "a list of diagnostics");
        foreach (var node in diagnosticNodes)
        {
            diagnostics.Add(ReadDiagnostic(file, As<YamlMappingNode>(file, node, "a diagnostic")));
        }

        if (diagnostics.Count == 0)
        {
            throw new RulePackException(file, Line(diagnosticNodes), "'diagnostics' needs at least one diagnostic");
        }

        var behaviours = new Dictionary<string, RuleBehaviourData>(StringComparer.Ordinal);
        if (Optional<YamlMappingNode>(file, root, "behaviours", "a map of behaviour names to descriptions") is { } behaviourNodes)
        {
            foreach (var pair in behaviourNodes.Children)
            {
                var behaviour = Name(file, pair.Key, "a behaviour");
                behaviours.Add(behaviour, new RuleBehaviourData(behaviour, Scalar(file, pair.Value, "a behaviour's description"), Line(pair.Key)));
            }
        }

        var classes = ReadClasses(file, root, shared);
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Optional<YamlMappingNode>(file, root, "messages", "a map of message names to texts") is { } messageNodes)
        {
            foreach (var pair in messageNodes.Children)
            {
                messages.Add(Name(file, pair.Key, "a message"), Scalar(file, pair.Value, "a message"));
            }
        }

        var phrases = new List<PhraseRowData>();
        if (Optional<YamlSequenceNode>(file, root, "phrases", "a list of phrase rows") is { } rows)
        {
            foreach (var node in rows)
            {
                phrases.Add(ReadRow(file, As<YamlMappingNode>(file, node, "a phrase row"), diagnostics, behaviours, classes, shared, inflections, contractions));
            }
        }

        return new RuleData(file, name, diagnostics, behaviours, classes, messages, phrases);
    }

    private static RuleDiagnosticData ReadDiagnostic(string file, YamlMappingNode node)
    {
        CheckKeys(file, node, DiagnosticKeys, "a diagnostic");
        var id = RequiredString(file, node, "id");
        var category = RequiredString(file, node, "category");
        if (!DiagnosticCategories.IsCategory(category))
        {
            throw new RulePackException(file, Line(node.Children[new YamlScalarNode("category")]), $"'{category}' is not a category; use one of: {string.Join(", ", DiagnosticCategories.All)}");
        }

        var severityText = RequiredString(file, node, "severity");
        DiagnosticSeverity severity = severityText switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "info" => DiagnosticSeverity.Info,
            "hidden" => DiagnosticSeverity.Hidden,
            _ => throw new RulePackException(file, Line(node.Children[new YamlScalarNode("severity")]), $"'{severityText}' is not a severity; use error, warning, info or hidden"),
        };

        var confidenceText = OptionalString(file, node, "confidence") ?? "likely";
        FindingConfidence confidence = confidenceText switch
        {
            "certain" => FindingConfidence.Certain,
            "likely" => FindingConfidence.Likely,
            "possible" => FindingConfidence.Possible,
            _ => throw new RulePackException(file, Line(node.Children[new YamlScalarNode("confidence")]), $"'{confidenceText}' is not a confidence; use certain, likely or possible"),
        };

        var examples = new List<RuleExample>();
        var exampleNode = Required<YamlMappingNode>(file, node, "examples", "'fires' and 'must-not-fire' lists");
        CheckKeys(file, exampleNode, ExampleListKeys, "examples");
        ReadExamples(file, exampleNode, id, examples, required: true);
        return new RuleDiagnosticData(
            id,
            RequiredString(file, node, "title"),
            category,
            severity,
            confidence,
            RequiredString(file, node, "summary"),
            RequiredString(file, node, "cause"),
            RequiredString(file, node, "description"),
            RequiredString(file, node, "how-to-fix"),
            examples,
            Line(node));
    }

    private static void ReadExamples(string file, YamlMappingNode node, string diagnosticId, List<RuleExample> examples, bool required)
    {
        foreach (var (key, fires) in new[] { ("fires", true), ("must-not-fire", false) })
        {
            var list = required
                ? Required<YamlSequenceNode>(file, node, key, "a list of examples")
                : Optional<YamlSequenceNode>(file, node, key, "a list of examples");
            if (list is null)
            {
                continue;
            }

            if (required && list.Children.Count == 0)
            {
                throw new RulePackException(file, Line(list), $"'{key}' needs at least one example");
            }

            foreach (var item in list)
            {
                examples.Add(ReadExample(file, item, diagnosticId, fires));
            }
        }
    }

    private static RuleExample ReadExample(string file, YamlNode node, string diagnosticId, bool fires)
    {
        string text;
        string? customer = null;
        string? note = null;
        if (node is YamlScalarNode scalar)
        {
            text = scalar.Value ?? string.Empty;
        }
        else
        {
            var mapping = As<YamlMappingNode>(file, node, "an example (a text, or text/customer/note)");
            CheckKeys(file, mapping, ExampleKeys, "an example");
            text = RequiredString(file, mapping, "text");
            customer = OptionalString(file, mapping, "customer");
            note = OptionalString(file, mapping, "note");
        }

        var marked = text.IndexOf("[|", StringComparison.Ordinal) >= 0;
        if (fires != marked)
        {
            throw new RulePackException(file, Line(node), fires
                ? "an example that fires marks the expected span with [| and |]"
                : "an example that must not fire has no [| |] span");
        }

        return new RuleExample(diagnosticId, text, customer, note, fires, file, Line(node));
    }

    private static PhraseRowData ReadRow(
        string file,
        YamlMappingNode node,
        List<RuleDiagnosticData> diagnostics,
        Dictionary<string, RuleBehaviourData> behaviours,
        IReadOnlyDictionary<string, WordClassData> classes,
        IReadOnlyDictionary<string, WordClassData>? shared,
        Inflections inflections,
        Contractions? contractions)
    {
        CheckKeys(file, node, RowKeys, "a phrase row");
        var source = RequiredString(file, node, "pattern");
        var line = Line(node);
        string pattern;
        try
        {
            pattern = inflections.Expand(ExpandClasses(file, line, source, classes, shared));
        }
        catch (FormatException e)
        {
            throw new RulePackException(file, line, e.Message);
        }

        var (normalized, parsed) = CheckPattern(file, line, source, pattern, contractions);

        var behaviour = OptionalString(file, node, "behaviour");
        if (behaviour is not null && !behaviours.ContainsKey(behaviour))
        {
            throw new RulePackException(file, line, $"behaviour '{behaviour}' is not one of the file's 'behaviours' ({string.Join(", ", behaviours.Keys)})");
        }

        // A row's examples are about the file's first diagnostic unless the row names another.
        var diagnosticId = OptionalString(file, node, "diagnostic") ?? diagnostics[0].Id;
        if (!diagnostics.Exists(d => d.Id == diagnosticId))
        {
            throw new RulePackException(file, line, $"'{diagnosticId}' is not one of the file's diagnostics");
        }

        var examples = new List<RuleExample>();
        ReadExamples(file, node, diagnosticId, examples, required: false);
        var fix = OptionalString(file, node, "fix");
        var suggestion = OptionalString(file, node, "suggest");
        if (fix is not null && suggestion is not null)
        {
            throw new RulePackException(file, line, "a row has either 'fix' (a safe replacement) or 'suggest' (a rewrite for a person to read), not both");
        }

        return new PhraseRowData(pattern, source, fix ?? suggestion, behaviour, diagnosticId, examples, line)
        {
            FixKind = suggestion is not null ? FixApplicability.Suggestion : FixApplicability.Safe,
            Normalized = normalized,
            Parsed = parsed,
            When = Conditions(file, node, "when"),
            Unless = Conditions(file, node, "unless"),
        };
    }

    /// <summary>A row's <c>when</c> or <c>unless</c>: one condition name or a list of them.</summary>
    private static RowCondition[] Conditions(string file, YamlMappingNode node, string key)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return Array.Empty<RowCondition>();
        }

        var names = new List<YamlNode>();
        if (value is YamlSequenceNode list)
        {
            names.AddRange(list.Children);
        }
        else
        {
            names.Add(value);
        }

        var conditions = new RowCondition[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var name = Scalar(file, names[i], $"'{key}'");
            conditions[i] = RowConditions.Parse(name) ?? throw new RulePackException(
                file, Line(names[i]), $"'{name}' is not a condition; use {string.Join(", ", RowConditions.AllNames)}");
        }

        return conditions;
    }

    /// <summary>
    /// Parses a pattern once, with the language's contractions split, checks it, and returns it in normalised words;
    /// the parse is kept for the matcher (<see cref="ParsedPatterns"/>), so an analyzer never parses it again.
    /// </summary>
    private static (string Normalized, ParsedPattern? Parsed) CheckPattern(string file, int line, string source, string pattern, Contractions? contractions)
    {
        List<PatternItem> elements;
        try
        {
            elements = PhrasePattern.Parse(pattern, contractions);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new RulePackException(file, line, $"pattern '{source}': {e.Message}");
        }

        // The matcher indexes a phrase by its first word: every way in must start with a word, not a gap.
        if (PhrasePattern.CanStartWithWildcard(elements))
        {
            throw new RulePackException(file, line, $"pattern '{source}' must start with a word, not a wildcard or a gap");
        }

        if (PhrasePattern.CanBeEmpty(elements))
        {
            throw new RulePackException(file, line, $"pattern '{source}' can match no word at all");
        }

        if (contractions is null)
        {
            return (pattern, null);
        }

        var normalized = PhrasePattern.Serialize(elements);
        var parsed = ParsedPatterns.Add(normalized, new ParsedPattern(elements));
        return (normalized, parsed);
    }

    /// <summary>Replaces each <c>&lt;name&gt;</c> with <c>(item|item|...)</c>.</summary>
    private static string ExpandClasses(string file, int line, string pattern, IReadOnlyDictionary<string, WordClassData> classes, IReadOnlyDictionary<string, WordClassData>? shared)
    {
        if (pattern.IndexOf('<') < 0)
        {
            return pattern;
        }

        var result = new StringBuilder(pattern.Length * 4);
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('<', i);
            if (open < 0)
            {
                result.Append(pattern, i, pattern.Length - i);
                break;
            }

            var close = pattern.IndexOf('>', open);
            if (close < 0)
            {
                throw new RulePackException(file, line, $"pattern '{pattern}': '<' without '>'");
            }

            result.Append(pattern, i, open - i);
            var name = pattern.Substring(open + 1, close - open - 1);
            if (!classes.TryGetValue(name, out var wordClass) && (shared is null || !shared.TryGetValue(name, out wordClass)))
            {
                throw new RulePackException(file, line, $"pattern '{pattern}' names the class <{name}>, which neither this file nor the language file defines");
            }

            result.Append('(').Append(string.Join("|", wordClass!.Items)).Append(')');
            i = close + 1;
        }

        return result.ToString();
    }

    private static Dictionary<string, WordClassData> ReadClasses(string file, YamlMappingNode root, IReadOnlyDictionary<string, WordClassData>? shared)
    {
        var classes = new Dictionary<string, WordClassData>(StringComparer.Ordinal);
        if (Optional<YamlMappingNode>(file, root, "classes", "a map of class names to lists") is not { } nodes)
        {
            return classes;
        }

        foreach (var pair in nodes.Children)
        {
            var name = Name(file, pair.Key, "a class");
            if (shared is not null && shared.ContainsKey(name))
            {
                throw new RulePackException(file, Line(pair.Key), $"the class '{name}' is already defined by the language file");
            }

            var list = As<YamlSequenceNode>(file, pair.Value, $"the class '{name}': a list of words");
            var items = new List<string>(list.Children.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in list)
            {
                var word = Scalar(file, item, "a word");
                if (word.Trim().Length == 0)
                {
                    throw new RulePackException(file, Line(item), $"the class '{name}' has an empty item");
                }

                if (!seen.Add(word))
                {
                    throw new RulePackException(file, Line(item), $"the class '{name}' lists '{word}' twice");
                }

                items.Add(word);
            }

            classes.Add(name, new WordClassData(name, items, file, Line(pair.Key)));
        }

        return classes;
    }

    private static YamlMappingNode Load(string file, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new RulePackException(file, checked((int)e.Start.Line), "not valid YAML: " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner gives up this way on some unterminated constructs at the end of the text.
            throw new RulePackException(file, 0, "not valid YAML (an unterminated quote, bracket or brace?): " + e.Message);
        }

        if (stream.Documents.Count != 1)
        {
            throw new RulePackException(file, 0, "a rule file holds exactly one YAML document");
        }

        return As<YamlMappingNode>(file, stream.Documents[0].RootNode, "a map at the top level");
    }

    private static void CheckKeys(string file, YamlMappingNode node, string[] allowed, string what)
    {
        foreach (var pair in node.Children)
        {
            var key = (pair.Key as YamlScalarNode)?.Value;
            if (key is null || Array.IndexOf(allowed, key) < 0)
            {
                throw new RulePackException(file, Line(pair.Key), $"'{key}' is not a key of {what}; use {string.Join(", ", allowed)}");
            }
        }
    }

    private static T Required<T>(string file, YamlMappingNode node, string key, string what)
        where T : YamlNode =>
        Optional<T>(file, node, key, what) ?? throw new RulePackException(file, Line(node), $"'{key}' is missing ({what})");

    private static T? Optional<T>(string file, YamlMappingNode node, string key, string what)
        where T : YamlNode =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? As<T>(file, value, $"'{key}': {what}") : null;

    private static string RequiredString(string file, YamlMappingNode node, string key) =>
        OptionalString(file, node, key) ?? throw new RulePackException(file, Line(node), $"'{key}' is missing");

    private static string? OptionalString(string file, YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? Scalar(file, value, $"'{key}'") : null;

    private static string Scalar(string file, YamlNode node, string what) =>
        As<YamlScalarNode>(file, node, what + " (text)").Value ?? string.Empty;

    private static string Name(string file, YamlNode node, string what)
    {
        var name = Scalar(file, node, what + "'s name");
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '-' || c == '.'))
            {
                throw new RulePackException(file, Line(node), $"'{name}' is not a valid name for {what}: use lower-case words joined by '-' (and '.')");
            }
        }

        return name;
    }

    private static T As<T>(string file, YamlNode node, string what)
        where T : YamlNode =>
        node as T ?? throw new RulePackException(file, Line(node), $"expected {what}");

    private static int Line(YamlNode node) => checked((int)node.Start.Line);
}
