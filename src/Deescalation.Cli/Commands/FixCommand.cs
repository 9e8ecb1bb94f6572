using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Deescalation.Cli.Analysis;
using Deescalation.Cli.Configuration;
using Deescalation.Cli.Fixing;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Commands;

/// <summary>
/// `deesc fix`: applies each finding's first safe fix (or, with `--include needs-input`, its first template) in place, atomically, keeping encoding, BOM and line endings and touching
/// nothing outside the edits; `--dry-run` prints a unified diff instead. Formats whose text cannot be re-encoded safely are reported.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var common = new CommonOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a unified diff instead of writing them." };
        var include = new Option<string>("--include")
        {
            Description = "Which fixes to apply: safe (the default: words for words, no fact added) or needs-input (also templates, leaving their [placeholders] for the agent). Suggestions are never applied.",
            DefaultValueFactory = _ => "safe",
        };
        include.AcceptOnlyFromAmong("safe", "needs-input");
        var command = new Command("fix", "Apply the safe fixes in place (or print them with --dry-run). Standard input (-) is fixed to standard output.");
        common.AddTo(command);
        command.Options.Add(dryRun);
        command.Options.Add(include);
        command.SetAction(result => Run(environment, common, result, result.GetValue(dryRun), result.GetValue(include) == "needs-input" ? FixApplicability.NeedsInput : FixApplicability.Safe));
        return command;
    }

    private static int Run(CliEnvironment environment, CommonOptions common, ParseResult result, bool dryRun, FixApplicability include)
    {
        var stdout = environment.Stdout;
        var stderr = environment.Stderr;
        ConfigLoader config;
        try
        {
            config = new ConfigLoader(CheckCommand.ResolvePath(environment, result.GetValue(common.Config)));
        }
        catch (ConfigException e)
        {
            stderr.WriteLine(e.Format());
            return ExitCodes.Error;
        }

        var errors = new List<InputError>();
        var files = new PathExpander(environment.WorkingDirectory, config, common.StdinFormatOf(result)).Expand(result.GetValue(common.Paths)!, errors);
        foreach (var error in errors)
        {
            stderr.WriteLine(error.ToString());
        }

        var settings = common.Settings(result);
        int changedFiles = 0, appliedFixes = 0, unfixable = 0;
        foreach (var file in files)
        {
            byte[] bytes;
            LoadedText loaded;
            List<InputReply> replies;
            try
            {
                (bytes, loaded) = InputReaders.Load(file, environment.ReadStdinBytes);
                replies = InputReaders.ReadWhole(file, bytes, loaded, settings);
            }
            catch (InputException e)
            {
                var error = new InputError(file.DisplayPath, e.Line, e.Message);
                errors.Add(error);
                stderr.WriteLine(error.ToString());
                continue;
            }

            var edits = new List<MappedEdit>();
            var fileFixes = 0;
            var fileUnwritable = 0;
            var htmlUnwritable = false;
            var remaining = 0;
            foreach (var reply in replies)
            {
                var processed = ReplyProcessor.Process(reply);
                edits.AddRange(FileEdits.Select(processed, loaded.LineEnding, include, out var applied, out var unwritable));
                fileFixes += applied;
                fileUnwritable += unwritable;
                htmlUnwritable |= unwritable > 0 && reply.ValueOffsets is not null;
                remaining += processed.Findings.Count - applied;
            }

            if (fileUnwritable > 0)
            {
                var reason = htmlUnwritable
                    ? "the flagged text sits in HTML (a help-desk export), which is not rewritten"
                    : InputFormats.CanRewrite(file.Format)
                    ? "the flagged text sits in a value whose encoding cannot be rewritten safely (folded or multi-line scalar)"
                    : InputFormats.Describe(file.Format) + " cannot be rewritten safely";
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.DisplayPath}: warning: {fileUnwritable} fix(es) not applied: {reason}; edit by hand or suppress with a baseline"));
            }

            unfixable += remaining;
            var fixedText = FileEdits.Apply(loaded.Text, edits);
            if (file.IsStdin)
            {
                stdout.Write(fixedText);
                appliedFixes += fileFixes;
                continue;
            }

            if (string.Equals(fixedText, loaded.Text, StringComparison.Ordinal))
            {
                continue;
            }

            changedFiles++;
            appliedFixes += fileFixes;
            if (dryRun)
            {
                UnifiedDiff.Write(stdout, file.DisplayPath, loaded.Text, fixedText);
                continue;
            }

            try
            {
                AtomicFile.Write(file.FullPath, loaded.Encode(fixedText));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.DisplayPath}: applied {fileFixes} fix(es)"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var error = new InputError(file.DisplayPath, 0, "cannot write the fixed file: " + (e is UnauthorizedAccessException ? "permission denied" : e.Message));
                errors.Add(error);
                stderr.WriteLine(error.ToString());
            }
        }

        var verb = dryRun ? "would apply" : "applied";
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"deesc: {verb} {appliedFixes} fix(es) in {changedFiles} file(s); {unfixable} finding(s) left to fix by hand"));
        stdout.Flush();
        return errors.Count > 0 ? ExitCodes.Error : ExitCodes.Success;
    }
}
