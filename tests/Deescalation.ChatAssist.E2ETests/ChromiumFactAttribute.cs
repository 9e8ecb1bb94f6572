using System;
using System.IO;
using Xunit;

namespace Deescalation.ChatAssist.E2ETests;

/// <summary>
/// A fact that needs Debian's Chromium and chromedriver. Skipped, with the reason, only on a developer's machine
/// that lacks them; in CI (<c>CI=true</c>) it always runs, so a missing browser fails the build instead of
/// silently skipping the end-to-end tests.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi)
        {
            Skip = $"Chromium end-to-end test skipped: {Chromium.BrowserPath} or {Chromium.DriverPath} is missing. Install them with `apt-get install chromium chromium-driver` (CI does, and never skips).";
        }
    }
}

/// <summary>Where the browser and its driver are; CHROMIUM_PATH and CHROMEDRIVER_PATH override the Debian paths.</summary>
internal static class Chromium
{
    public static string BrowserPath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } browser ? browser : "/usr/bin/chromium";

    public static string DriverPath { get; } = Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") is { Length: > 0 } driver ? driver : "/usr/bin/chromedriver";

    public static bool IsInstalled => File.Exists(BrowserPath) && File.Exists(DriverPath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
