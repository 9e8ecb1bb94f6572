using System;
namespace Deescalation;

/// <summary>Where the reply will be sent.</summary>
public enum ReplyChannel
{
    /// <summary>Not known.</summary>
    Unspecified = 0,

    /// <summary>An email reply.</summary>
    Email = 1,

    /// <summary>A chat or messaging reply.</summary>
    Chat = 2,
}
