using Deescalation.Cli.Analysis;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Output;

/// <summary>Writes results as they arrive, in input order.</summary>
internal abstract class Reporter
{
    public abstract void OnReply(ReplyResult result);

    public virtual void OnError(InputError error)
    {
    }

    public abstract void Complete(RunSummary summary);

    internal static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>The applicability as JSON, SARIF and <c>deesc fix --include</c> spell it.</summary>
    internal static string ApplicabilityName(FixApplicability applicability) => applicability switch
    {
        FixApplicability.Safe => "safe",
        FixApplicability.NeedsInput => "needs-input",
        _ => "suggestion",
    };
}
