namespace Deescalation.Cli.Configuration;

/// <summary>The analyzer that applies to a set of files, built once from one configuration file (or the defaults).</summary>
internal sealed class ConfigScope
{
    public ConfigScope(string? configPath, DeescalationOptions options)
    {
        ConfigPath = configPath;
        Options = options;
        Analyzer = new ReplyAnalyzer(options);
    }

    /// <summary>The `.deescalation.json` in effect, or null for the defaults.</summary>
    public string? ConfigPath { get; }

    public DeescalationOptions Options { get; }

    public ReplyAnalyzer Analyzer { get; }
}
