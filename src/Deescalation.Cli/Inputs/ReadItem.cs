namespace Deescalation.Cli.Inputs;

/// <summary>A problem with one input, reported as `file:line: error: message` (the shape of the finding lines).</summary>
internal sealed record InputError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: error: {Message}" : $"{File}: error: {Message}";
}

/// <summary>What a reader yields, in input order: a reply or an error.</summary>
internal readonly struct ReadItem
{
    public ReadItem(InputReply reply)
    {
        Reply = reply;
        Error = null;
    }

    public ReadItem(InputError error)
    {
        Reply = null;
        Error = error;
    }

    public InputReply? Reply { get; }

    public InputError? Error { get; }
}

/// <summary>Settings shared by the readers.</summary>
internal sealed record ReadSettings(string TextField, string TextColumn);
