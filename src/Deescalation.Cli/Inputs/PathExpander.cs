using System;
using System.Collections.Generic;
using System.IO;
using Deescalation.Cli.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Deescalation.Cli.Inputs;

/// <summary>Turns the command line's paths (files, folders searched recursively, globs, "-") into input files, in a stable order.</summary>
internal sealed class PathExpander
{
    private readonly string _workingFolder;
    private readonly ConfigLoader _config;
    private readonly InputFormat _stdinFormat;

    public PathExpander(string workingFolder, ConfigLoader config, InputFormat stdinFormat)
    {
        _workingFolder = workingFolder;
        _config = config;
        _stdinFormat = stdinFormat;
    }

    public List<InputFile> Expand(IReadOnlyList<string> paths, List<InputError> errors)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(new InputFile("-", "<stdin>", _stdinFormat, _config.ForFolder(_workingFolder)));
                continue;
            }

            var full = Path.GetFullPath(path, _workingFolder);
            if (File.Exists(full))
            {
                var format = InputFormats.FromPath(full);
                if (format is null)
                {
                    errors.Add(new InputError(Display(full), 0, $"unsupported file type '{Path.GetExtension(full)}'; expected one of .{string.Join(", .", InputFormats.Names)}"));
                    continue;
                }

                Add(full, format.Value);
            }
            else if (Directory.Exists(full))
            {
                var before = files.Count;
                var errorsBefore = errors.Count;
                Walk(full, errors, Add);
                if (files.Count == before && errors.Count == errorsBefore)
                {
                    // A wrong path or a folder of images must not pass CI silently, as an empty glob does not.
                    errors.Add(new InputError(Display(full), 0, $"no reply files in the folder (searched for .{string.Join(", .", InputFormats.Names)})"));
                }
            }
            else if (path.IndexOfAny(new[] { '*', '?', '[', '{' }) >= 0)
            {
                var matched = ExpandGlob(path, errors);
                if (matched.Count == 0)
                {
                    errors.Add(new InputError(path, 0, "no files match the pattern"));
                }

                foreach (var file in matched)
                {
                    var format = InputFormats.FromPath(file);
                    if (format is not null)
                    {
                        Add(file, format.Value);
                    }
                }
            }
            else
            {
                errors.Add(new InputError(Display(full), 0, "file not found"));
            }
        }

        return files;

        void Add(string full, InputFormat format)
        {
            if (seen.Add(full))
            {
                files.Add(new InputFile(full, Display(full), format, _config.ForFolder(Path.GetDirectoryName(full)!)));
            }
        }
    }

    private List<string> ExpandGlob(string pattern, List<InputError> errors)
    {
        // The fixed folder prefix is the root; the rest is the pattern.
        var normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        var rootParts = new List<string>();
        var index = 0;
        for (; index < parts.Length - 1; index++)
        {
            if (parts[index].IndexOfAny(new[] { '*', '?', '[', '{' }) >= 0)
            {
                break;
            }

            rootParts.Add(parts[index]);
        }

        var root = rootParts.Count == 0 ? _workingFolder : Path.GetFullPath(rootParts.Count == 1 && rootParts[0].Length == 0 ? "/" : string.Join('/', rootParts), _workingFolder);
        var rest = string.Join('/', parts, index, parts.Length - index);
        var matcher = new Matcher(InputFormats.PathComparison == StringComparison.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        matcher.AddInclude(rest);
        var result = new List<string>();
        if (!Directory.Exists(root))
        {
            return result;
        }

        try
        {
            foreach (var match in matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files)
            {
                result.Add(Path.GetFullPath(Path.Combine(root, match.Path)));
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            errors.Add(new InputError(Display(root), 0, "cannot read folder: " + e.Message));
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private void Walk(string folder, List<InputError> errors, Action<string, InputFormat> add)
    {
        string[] files;
        string[] folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            errors.Add(new InputError(Display(folder), 0, "cannot read folder: " + (e is UnauthorizedAccessException ? "permission denied" : e.Message)));
            return;
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var format = InputFormats.FromPath(file);
            // Dot files (.deescalation.json, baselines) are settings, not replies.
            if (format is not null && !name.StartsWith('.'))
            {
                add(file, format.Value);
            }
        }

        foreach (var sub in folders)
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || name is "node_modules" or "bin" or "obj")
            {
                continue;
            }

            Walk(sub, errors, add);
        }
    }

    public string Display(string full)
    {
        var relative = Path.GetRelativePath(_workingFolder, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return full.Replace('\\', '/');
        }

        return relative.Replace('\\', '/');
    }
}
