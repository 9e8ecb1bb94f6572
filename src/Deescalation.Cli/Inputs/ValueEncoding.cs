namespace Deescalation.Cli.Inputs;

/// <summary>How a reply's text is written in its file, which decides whether offsets map back and edits can be re-encoded.</summary>
internal enum ValueEncoding
{
    /// <summary>The reply text is the raw file text (.txt, .md).</summary>
    Identity,

    /// <summary>A JSON string token, quotes included in the raw range.</summary>
    JsonString,

    /// <summary>A single-line plain YAML scalar.</summary>
    YamlPlain,

    /// <summary>A single-line single-quoted YAML scalar ('' escapes a quote).</summary>
    YamlSingleQuoted,

    /// <summary>A single-line double-quoted YAML scalar (backslash escapes).</summary>
    YamlDoubleQuoted,

    /// <summary>A literal block scalar (|): lines with their indentation removed.</summary>
    YamlLiteral,

    /// <summary>No reliable mapping (CSV cells, e-mail bodies, folded YAML, XML values).</summary>
    Unmapped,
}
