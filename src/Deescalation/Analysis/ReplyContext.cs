using System;
namespace Deescalation;

/// <summary>What the reply answers: the customer's message and the channel. Every part is optional.</summary>
/// <example><code>var context = new ReplyContext { CustomerMessage = "This is the third time I've asked!!", Channel = ReplyChannel.Email };</code></example>
public sealed class ReplyContext
{
    /// <summary>The customer's message the reply answers. Needed to tell whether the reply acknowledges an upset customer.</summary>
    public string? CustomerMessage { get; init; }

    /// <summary>The channel the reply is sent on.</summary>
    public ReplyChannel Channel { get; init; }
}
