using System;
using System.Collections.Generic;
using System.IO;
using Deescalation.Rules.Data;

namespace Deescalation.PackCompiler;

/// <summary>
/// <c>Deescalation.PackCompiler RULES-FOLDER OUTPUT</c>: reads and checks every language pack under RULES-FOLDER (a
/// folder per language holding <c>language.yaml</c> and the rule files) and writes their compact form to OUTPUT.
/// A mistake in a file is printed as an MSBuild error naming the file and line, and nothing is written.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: Deescalation.PackCompiler RULES-FOLDER OUTPUT");
            return 2;
        }

        var folder = Path.GetFullPath(args[0]);
        var output = Path.GetFullPath(args[1]);
        var packs = new List<LanguagePack>();
        var languages = Directory.GetDirectories(folder);
        Array.Sort(languages, StringComparer.Ordinal);
        foreach (var language in languages)
        {
            if (!File.Exists(Path.Combine(language, "language.yaml")))
            {
                continue;
            }

            var code = Path.GetFileName(language);
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in Directory.GetFiles(language, "*.yaml"))
            {
                files.Add(Path.GetFileName(path), File.ReadAllText(path));
            }

            try
            {
                packs.Add(LanguagePack.Read(code, files));
            }
            catch (RulePackException e)
            {
                // The reader names files as the library does ("rules/en/DEESC004.blame.yaml"): point at the file on disk.
                var name = e.File.Substring(e.File.LastIndexOf('/') + 1);
                var path = name.Length > 0 ? Path.Combine(language, name) : language;
                var line = e.Line > 0 ? $"({e.Line})" : string.Empty;
                Console.WriteLine($"{path}{line}: error DEESCPACK: {e.Reason}");
                return 1;
            }
        }

        if (packs.Count == 0)
        {
            Console.WriteLine($"{folder}: error DEESCPACK: no language folder with a language.yaml");
            return 1;
        }

        // Written beside the output and moved into place, so that a failed run never leaves a file newer than the YAML.
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var temporary = output + ".tmp";
        using (var stream = File.Create(temporary))
        {
            CompactRulePack.Write(packs, stream);
        }

        File.Move(temporary, output, overwrite: true);
        return 0;
    }
}
