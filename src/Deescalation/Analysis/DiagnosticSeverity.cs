using System;
namespace Deescalation;

/// <summary>How serious a finding is. Ordered: a higher value is more serious.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not reported to the user; still available to tools that ask for it.</summary>
    Hidden = 0,

    /// <summary>Worth a look; never fails a check at the default level.</summary>
    Info = 1,

    /// <summary>Likely to escalate the conversation.</summary>
    Warning = 2,

    /// <summary>Should not be sent as written.</summary>
    Error = 3,
}
