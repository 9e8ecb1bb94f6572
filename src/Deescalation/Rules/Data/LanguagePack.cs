using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using Deescalation.Analysis;
using Deescalation.Text;

namespace Deescalation.Rules.Data;

/// <summary>
/// A language's data: its shared word classes (<c>rules/en/language.yaml</c>) and one file per rule
/// (<c>rules/en/DEESC004.blame.yaml</c>). The build reads and checks the files and embeds them in the assembly in a
/// compact form (<see cref="CompactRulePack"/>), which is loaded once per process; <see cref="Read"/> reads YAML.
/// Immutable and shared by every analyzer.
/// </summary>
internal sealed class LanguagePack
{
    private const string ResourcePrefix = "rules/";
    private const string LanguageFile = "language.yaml";

    private static readonly Lazy<LanguagePack> EnglishPack = new(() => LoadEmbedded("en"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<byte[]> CompactPacks = new(ReadCompactResource, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string[]> Codes = new(FindEmbeddedCodes, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<LanguagePack>> Packs = new(StringComparer.Ordinal);

    private readonly Dictionary<string, RuleData> _rules;
    private readonly Dictionary<string, DiagnosticDescriptor> _descriptors;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _normalized = new(StringComparer.Ordinal);

    /// <summary>A pack from its parts, read from YAML (<see cref="Read"/>) or from the compact form (<see cref="CompactRulePack"/>).</summary>
    internal LanguagePack(string code, TextLanguage text, IReadOnlyDictionary<string, string> roles, IReadOnlyDictionary<string, WordClassData> classes, IReadOnlyList<SignalRowData> signals, IReadOnlyList<RuleData> rules)
    {
        Code = code;
        Text = text;
        Roles = roles;
        Classes = classes;
        Signals = signals;
        Rules = rules;
        _rules = new Dictionary<string, RuleData>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (_rules.ContainsKey(rule.Name))
            {
                throw new RulePackException(rule.File, 0, $"a second file for the rule '{rule.Name}'");
            }

            _rules.Add(rule.Name, rule);
        }

        var descriptors = new List<DiagnosticDescriptor>();
        _descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var diagnostic in rule.Diagnostics)
            {
                if (_descriptors.ContainsKey(diagnostic.Id))
                {
                    throw new RulePackException(rule.File, diagnostic.Line, $"{diagnostic.Id} is described by a second file");
                }

                var descriptor = new DiagnosticDescriptor(diagnostic.Id, diagnostic.Title, diagnostic.Category, diagnostic.Severity, diagnostic.Summary) { Confidence = diagnostic.Confidence };
                _descriptors.Add(diagnostic.Id, descriptor);
                descriptors.Add(descriptor);
            }
        }

        descriptors.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Descriptors = descriptors;

        // The reader normalised every row's pattern while checking it: the engine finds them here.
        foreach (var signal in signals)
        {
            if (signal.Normalized is { } normal)
            {
                _normalized.TryAdd(signal.Pattern, normal);
            }
        }

        foreach (var rule in rules)
        {
            foreach (var row in rule.Phrases)
            {
                if (row.Normalized is { } normal)
                {
                    _normalized.TryAdd(row.Pattern, normal);
                }
            }
        }
    }

    /// <summary>The descriptors of every rule file, in id order, in the pack's language.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The descriptor with this id.</summary>
    public DiagnosticDescriptor Descriptor(string id) =>
        _descriptors.TryGetValue(id, out var descriptor) ? descriptor : throw new RulePackException($"{ResourcePrefix}{Code}/", 0, $"no rule file describes {id}");

    /// <summary>Whether a rule file of the pack has this name.</summary>
    public bool HasRule(string name) => _rules.ContainsKey(name);

    /// <summary>The English pack, built into the library.</summary>
    public static LanguagePack English => EnglishPack.Value;

    /// <summary>The codes of the packs built into the library, such as <c>en</c>.</summary>
    public static IReadOnlyList<string> EmbeddedCodes => Codes.Value;

    public static bool IsEmbedded(string code) => Array.IndexOf(Codes.Value, code) >= 0;

    /// <summary>A pack built into the library, read once per process.</summary>
    public static LanguagePack Embedded(string code)
    {
        if (code == "en")
        {
            return English;
        }

        if (!IsEmbedded(code))
        {
            throw new ArgumentException($"'{code}' is not a language pack of the library; use one of: {string.Join(", ", Codes.Value)}.", nameof(code));
        }

        return Packs.GetOrAdd(code, static c => new Lazy<LanguagePack>(() => LoadEmbedded(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private static string[] FindEmbeddedCodes()
    {
        var codes = CompactRulePack.Codes(CompactPacks.Value);
        Array.Sort(codes, StringComparer.Ordinal);
        return codes;
    }

    private static byte[] ReadCompactResource()
    {
        using var stream = typeof(LanguagePack).Assembly.GetManifestResourceStream(CompactRulePack.ResourceName)
            ?? throw new InvalidOperationException($"The library was built without its compiled rules ('{CompactRulePack.ResourceName}'); the build writes them from Rules/**/*.yaml.");
        var data = new byte[stream.Length];
        var read = 0;
        while (read < data.Length)
        {
            var count = stream.Read(data, read, data.Length - read);
            if (count == 0)
            {
                throw new EndOfStreamException($"'{CompactRulePack.ResourceName}' ends early.");
            }

            read += count;
        }

        return data;
    }

    /// <summary>The language code, such as <c>en</c>.</summary>
    public string Code { get; }

    /// <summary>What the tokenizer and the region finder read: contractions, abbreviations, sign-offs, fillers.</summary>
    public TextLanguage Text { get; }

    /// <summary>Single words the rules' code reads by role ("as", "soon", "not"), mapped to the language's words.</summary>
    public IReadOnlyDictionary<string, string> Roles { get; }

    /// <summary>The word of a role; a missing role names the language file.</summary>
    public string Role(string name) =>
        Roles.TryGetValue(name, out var word) ? word : throw new RulePackException($"{ResourcePrefix}{Code}/{LanguageFile}", 0, $"the code asks for the role '{name}', which 'roles' does not map");

    /// <summary>Word classes every rule of the language may use.</summary>
    public IReadOnlyDictionary<string, WordClassData> Classes { get; }

    /// <summary>The phrases that set the engine's signals (acknowledgement, next step, an upset customer).</summary>
    public IReadOnlyList<SignalRowData> Signals { get; }

    /// <summary>The rule files, in file-name order (which is rule-id order).</summary>
    public IReadOnlyList<RuleData> Rules { get; }

    /// <summary>A pattern in normalised words with the language's contractions split; computed once per pattern.</summary>
    public string Normalize(string pattern)
    {
        if (!_normalized.TryGetValue(pattern, out var normal))
        {
            normal = PhrasePattern.Normalize(pattern, Text.Contractions);
            _normalized.TryAdd(pattern, normal);
        }

        return normal;
    }

    /// <summary>The data of the rule named <paramref name="name"/>.</summary>
    public RuleData Rule(string name) =>
        _rules.TryGetValue(name, out var rule) ? rule : throw new RulePackException($"{ResourcePrefix}{Code}/", 0, $"no file defines the rule '{name}'");

    /// <summary>A class of the language, or of one rule when <paramref name="rule"/> is given.</summary>
    public WordClassData Class(string name, RuleData? rule = null)
    {
        if (rule is not null && rule.Classes.TryGetValue(name, out var own))
        {
            return own;
        }

        return Classes.TryGetValue(name, out var shared)
            ? shared
            : throw new RulePackException(rule?.File ?? $"{ResourcePrefix}{Code}/{LanguageFile}", 0, $"the code asks for the class '{name}', which the data does not define");
    }

    /// <summary>Reads a pack from files in memory: <paramref name="files"/> maps a file name to its YAML.</summary>
    public static LanguagePack Read(string code, IReadOnlyDictionary<string, string> files)
    {
        var folder = $"{ResourcePrefix}{code}/";
        if (!files.TryGetValue(LanguageFile, out var languageYaml))
        {
            throw new RulePackException(folder + LanguageFile, 0, "the language file is missing");
        }

        var language = RulePackReader.ReadLanguage(folder + LanguageFile, languageYaml);
        var declared = language.Code;
        var classes = language.Classes;
        if (!string.Equals(declared, code, StringComparison.Ordinal))
        {
            throw new RulePackException(folder + LanguageFile, 0, $"the file says language '{declared}' but sits in the folder '{code}'");
        }

        var names = new List<string>(files.Keys);
        names.Sort(StringComparer.Ordinal);
        var rules = new List<RuleData>();
        foreach (var name in names)
        {
            if (name != LanguageFile)
            {
                rules.Add(RulePackReader.ReadRule(folder + name, files[name], classes, language.Inflections, language.Text.Contractions));
            }
        }

        return new LanguagePack(code, language.Text, language.Roles, classes, language.Signals, rules);
    }

    private static LanguagePack LoadEmbedded(string code) => CompactRulePack.Read(CompactPacks.Value, code);

    /// <summary>
    /// The YAML files of an embedded pack, by file name, as they were when the library was built: a test can add or
    /// change one and read the pack again, or compare a fresh read with the compact form.
    /// </summary>
    public static Dictionary<string, string> EmbeddedFiles(string code)
    {
        var assembly = typeof(LanguagePack).Assembly;
        var prefix = $"{ResourcePrefix}{code}/";
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild writes the folder with the build machine's separator.
            var resource = name.Replace('\\', '/');
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".yaml", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add(resource.Substring(prefix.Length), reader.ReadToEnd());
        }

        return files;
    }
}
