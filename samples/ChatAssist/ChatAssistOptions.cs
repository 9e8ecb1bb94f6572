namespace ChatAssist;

/// <summary>The sample's own settings, from the "ChatAssist" section of appsettings.json.</summary>
internal sealed class ChatAssistOptions
{
    public const string Section = "ChatAssist";
    public const int DefaultMaxReplyLength = 20_000;
    public const long DefaultMaxRequestBodyBytes = 256 * 1024;

    /// <summary>The longest reply (and customer message), in UTF-16 characters, that the API analyses.</summary>
    public int MaxReplyLength { get; set; } = DefaultMaxReplyLength;

    /// <summary>The largest request body Kestrel accepts.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;
}
