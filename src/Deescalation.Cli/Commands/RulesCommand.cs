using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Reflection;
using Deescalation.Cli.Configuration;
using Deescalation.Cli.Output;

namespace Deescalation.Cli.Commands;

/// <summary>`deesc rules` lists every rule; `deesc explain ID` prints its documentation.</summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var config = new Option<string?>("--config", "-c") { Description = "Show severities and custom rules from this configuration file (default: the nearest .deescalation.json)." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "List every rule: id, category, severity and title.");
        command.Options.Add(config);
        command.Options.Add(format);
        command.SetAction(result =>
        {
            ConfigScope scope;
            try
            {
                scope = new ConfigLoader(CheckCommand.ResolvePath(environment, result.GetValue(config))).ForFolder(environment.WorkingDirectory);
            }
            catch (ConfigException e)
            {
                environment.Stderr.WriteLine(e.Format());
                return ExitCodes.Error;
            }

            var rules = AllRules(scope);
            if (result.GetValue(format) == "json")
            {
                using var output = new JsonOutput(environment.Stdout, indented: true);
                var w = output.Writer;
                w.WriteStartArray();
                foreach (var (descriptor, severity) in rules)
                {
                    w.WriteStartObject();
                    w.WriteString("id", descriptor.Id);
                    w.WriteString("category", descriptor.Category);
                    w.WriteString("defaultSeverity", Reporter.SeverityName(descriptor.DefaultSeverity));
                    w.WriteString("severity", severity == DiagnosticSeverity.Hidden ? "none" : Reporter.SeverityName(severity));
                    w.WriteString("title", descriptor.Title);
                    w.WriteString("helpUri", descriptor.HelpLinkUri);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                output.Dispose();
                environment.Stdout.WriteLine();
                return ExitCodes.Success;
            }

            var categoryWidth = 0;
            foreach (var (descriptor, _) in rules)
            {
                categoryWidth = Math.Max(categoryWidth, descriptor.Category.Length);
            }

            environment.Stdout.WriteLine($"{"ID",-9}  {"CATEGORY".PadRight(categoryWidth)}  {"SEVERITY",-8}  TITLE");
            foreach (var (descriptor, severity) in rules)
            {
                var shown = severity == descriptor.DefaultSeverity ? Reporter.SeverityName(severity) : (severity == DiagnosticSeverity.Hidden ? "none" : Reporter.SeverityName(severity)) + "*";
                environment.Stdout.WriteLine($"{descriptor.Id,-9}  {descriptor.Category.PadRight(categoryWidth)}  {shown,-8}  {descriptor.Title}");
            }

            if (scope.ConfigPath is not null)
            {
                environment.Stdout.WriteLine();
                environment.Stdout.WriteLine("* set in " + scope.ConfigPath);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateExplain(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "A rule id such as DEESC003, or a category such as blame (its rules)." };
        var config = new Option<string?>("--config", "-c") { Description = "Also look up custom rules in this configuration file." };
        var command = new Command("explain", "Print a rule's documentation with examples, or list a category's rules.");
        command.Arguments.Add(id);
        command.Options.Add(config);
        command.SetAction(result =>
        {
            var ruleId = result.GetValue(id)!.Trim().ToUpperInvariant();
            var doc = ReadDoc(ruleId);
            if (doc is not null)
            {
                environment.Stdout.Write(doc);
                if (!doc.EndsWith('\n'))
                {
                    environment.Stdout.WriteLine();
                }

                return ExitCodes.Success;
            }

            ConfigScope scope;
            try
            {
                scope = new ConfigLoader(CheckCommand.ResolvePath(environment, result.GetValue(config))).ForFolder(environment.WorkingDirectory);
            }
            catch (ConfigException e)
            {
                environment.Stderr.WriteLine(e.Format());
                return ExitCodes.Error;
            }

            foreach (var (descriptor, severity) in AllRules(scope))
            {
                if (string.Equals(descriptor.Id, ruleId, StringComparison.OrdinalIgnoreCase))
                {
                    var w = environment.Stdout;
                    w.WriteLine($"{descriptor.Id}: {descriptor.Title}");
                    w.WriteLine();
                    w.WriteLine($"Category: {descriptor.Category}");
                    w.WriteLine($"Severity: {Reporter.SeverityName(severity)} (default {Reporter.SeverityName(descriptor.DefaultSeverity)})");
                    w.WriteLine();
                    w.WriteLine(descriptor.Description);
                    w.WriteLine();
                    w.WriteLine("More: " + descriptor.HelpLinkUri);
                    return ExitCodes.Success;
                }
            }

            var category = result.GetValue(id)!.Trim().ToLowerInvariant();
            if (DiagnosticCategories.IsCategory(category))
            {
                ExplainCategory(environment.Stdout, category, AllRules(scope));
                return ExitCodes.Success;
            }

            environment.Stderr.WriteLine($"deesc: error: no rule or category '{result.GetValue(id)!.Trim()}'; `deesc rules` lists them, with their categories ({string.Join(", ", DiagnosticCategories.All)})");
            return ExitCodes.Error;
        });
        return command;
    }

    /// <summary>A category's rules: id, severity and title, each with its description.</summary>
    private static void ExplainCategory(TextWriter w, string category, List<(DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity)> rules)
    {
        w.WriteLine($"Category {category}:");
        foreach (var (descriptor, severity) in rules)
        {
            if (descriptor.Category != category)
            {
                continue;
            }

            w.WriteLine();
            w.WriteLine($"{descriptor.Id}  {(severity == DiagnosticSeverity.Hidden ? "none" : Reporter.SeverityName(severity))}  {descriptor.Title}");
            if (descriptor.Description.Length > 0)
            {
                w.WriteLine("  " + descriptor.Description);
            }
        }

        w.WriteLine();
        w.WriteLine("`deesc explain ID` prints a rule's documentation with examples.");
    }

    /// <summary>The documentation page embedded from docs/rules/ID.md, or null.</summary>
    internal static string? ReadDoc(string ruleId)
    {
        using var stream = typeof(RulesCommand).Assembly.GetManifestResourceStream("docs/rules/" + ruleId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static List<(DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity)> AllRules(ConfigScope scope)
    {
        var rules = new List<(DiagnosticDescriptor, DiagnosticSeverity)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in ReplyAnalyzer.BuiltInRules)
        {
            seen.Add(descriptor.Id);
            var disabled = scope.Options.DisabledRules.Contains(descriptor.Id) || scope.Options.DisabledRules.Contains(descriptor.Category);
            rules.Add((descriptor, disabled ? DiagnosticSeverity.Hidden : scope.Analyzer.GetEffectiveSeverity(descriptor)));
        }

        foreach (var descriptor in scope.Analyzer.SupportedDiagnostics)
        {
            if (seen.Add(descriptor.Id))
            {
                rules.Add((descriptor, scope.Analyzer.GetEffectiveSeverity(descriptor)));
            }
        }

        for (var i = 0; i < scope.Options.CustomRules.Count; i++)
        {
            var custom = scope.Options.CustomRules[i];
            var id = custom.Id ?? "DEESC" + (901 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (seen.Add(id))
            {
                var descriptor = new DiagnosticDescriptor(id, "Custom phrase: " + custom.Phrase, custom.Category, custom.Severity, custom.Message);
                rules.Add((descriptor, scope.Analyzer.GetEffectiveSeverity(descriptor)));
            }
        }

        return rules;
    }
}
