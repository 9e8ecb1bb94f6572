using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;

namespace Deescalation;

/// <summary>
/// A language's data: its shared word classes (<c>rules/en/language.yaml</c>) and one file per rule
/// (<c>rules/en/DEESC004.blame.yaml</c>), embedded in the assembly and read once per process. Immutable and shared
/// by every analyzer.
/// </summary>
internal sealed class LanguagePack
{
    private const string ResourcePrefix = "rules/";
    private const string LanguageFile = "language.yaml";

    private static readonly Lazy<LanguagePack> EnglishPack = new(() => LoadEmbedded("en"), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, RuleData> _rules;

    private LanguagePack(string code, IReadOnlyDictionary<string, WordClassData> classes, IReadOnlyList<SignalRowData> signals, IReadOnlyList<RuleData> rules)
    {
        Code = code;
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
    }

    /// <summary>The English pack, built into the library.</summary>
    public static LanguagePack English => EnglishPack.Value;

    /// <summary>The language code, such as <c>en</c>.</summary>
    public string Code { get; }

    /// <summary>Word classes every rule of the language may use.</summary>
    public IReadOnlyDictionary<string, WordClassData> Classes { get; }

    /// <summary>The phrases that set the engine's signals (acknowledgement, next step, an upset customer).</summary>
    public IReadOnlyList<SignalRowData> Signals { get; }

    /// <summary>The rule files, in file-name order (which is rule-id order).</summary>
    public IReadOnlyList<RuleData> Rules { get; }

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

        var (declared, classes, signals) = RulePackReader.ReadLanguage(folder + LanguageFile, languageYaml);
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
                rules.Add(RulePackReader.ReadRule(folder + name, files[name], classes));
            }
        }

        return new LanguagePack(code, classes, signals, rules);
    }

    private static LanguagePack LoadEmbedded(string code) => Read(code, EmbeddedFiles(code));

    /// <summary>The files of an embedded pack, by file name: a test can add or change one and read the pack again.</summary>
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
