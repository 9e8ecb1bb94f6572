namespace Deescalation.Cli.Commands;

/// <summary>The process exit codes: CI scripts depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing reached the --fail-on level and no reply scored below --min-score.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the --fail-on level, or replies below --min-score.</summary>
    public const int Findings = 1;

    /// <summary>Usage error, bad configuration, or input that could not be read.</summary>
    public const int Error = 2;
}
