using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Deescalation.Analyzers.Tests.TestSupport;

/// <summary>
/// Compiles test sources against the reference pack of the SDK that runs the tests, so that the tests never download
/// reference assemblies (hermetic, and the same on a fresh machine).
/// </summary>
internal static class ReferencePack
{
    /// <summary>No package: the framework resolves nothing, the references come from <see cref="References"/>.</summary>
    public static ReferenceAssemblies Assemblies { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> References { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var refDirectory = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(version => Path.Combine(version, "ref", "net10.0"))
                .Where(Directory.Exists)
                .OrderByDescending(path => path, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;

        var files = refDirectory is not null
            ? Directory.GetFiles(refDirectory, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) ||
                               Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .ToArray();

        return files.Select(file => (MetadataReference)MetadataReference.CreateFromFile(file)).ToImmutableArray();
    }
}
