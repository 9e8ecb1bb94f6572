using System;
using System.IO;

namespace Deescalation.Tests;

/// <summary>Finds the repository's files from the test binaries, wherever the build put them.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string?> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Deescalation.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    });

    /// <summary>The folder that holds <c>Deescalation.sln</c>, or null when the tests run outside the repository.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>A path below the repository's root.</summary>
    /// <exception cref="InvalidOperationException">The tests run outside the repository.</exception>
    public static string Combine(params string[] parts) =>
        Path.Combine([Root ?? throw new InvalidOperationException($"No Deescalation.sln above {AppContext.BaseDirectory}."), .. parts]);
}
