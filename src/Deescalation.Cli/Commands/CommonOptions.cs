using System.CommandLine;
using Deescalation.Cli.Inputs;

namespace Deescalation.Cli.Commands;

/// <summary>Options shared by the commands that read replies.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files, folders (searched recursively), glob patterns such as \"macros/**/*.yml\", or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = "Use this configuration file instead of the nearest .deescalation.json.",
    };

    public Option<string> TextField { get; } = new("--text-field")
    {
        Description = "The field holding the reply text in JSON, JSONL and YAML inputs.",
        DefaultValueFactory = _ => "text",
    };

    public Option<string> TextColumn { get; } = new("--text-column")
    {
        Description = "The column holding the reply text in CSV inputs.",
        DefaultValueFactory = _ => "text",
    };

    public Option<string> StdinFormat { get; } = new("--stdin-format")
    {
        Description = "The format of standard input (-).",
        DefaultValueFactory = _ => "txt",
    };

    public CommonOptions()
    {
        StdinFormat.AcceptOnlyFromAmong(InputFormats.Names);
        Paths.Validators.Add(result =>
        {
            // The paths argument takes any number of tokens, so an unknown option would otherwise be read as a file name.
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value})");
                    return;
                }
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Config);
        command.Options.Add(TextField);
        command.Options.Add(TextColumn);
        command.Options.Add(StdinFormat);
    }

    public ReadSettings Settings(ParseResult result) => new(result.GetValue(TextField)!, result.GetValue(TextColumn)!);

    public InputFormat StdinFormatOf(ParseResult result) => InputFormats.FromName(result.GetValue(StdinFormat)!) ?? InputFormat.Text;
}
