using System.Collections.Generic;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Output;

/// <summary>Totals of a run, kept by the command while results stream past.</summary>
internal sealed class RunSummary
{
    public int Files { get; set; }

    public int Replies { get; set; }

    public int Diagnostics { get; set; }

    public int FlaggedReplies { get; set; }

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public int Infos { get; set; }

    public int Suppressed { get; set; }

    public int Baselined { get; set; }

    public int BelowMinScore { get; set; }

    public List<InputError> InputErrors { get; } = new();

    public SortedDictionary<string, int> ByCategory { get; } = new(System.StringComparer.Ordinal);

    public SortedDictionary<string, int> FlaggedRepliesByCategory { get; } = new(System.StringComparer.Ordinal);
}
