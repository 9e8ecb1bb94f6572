using System;
using System.Collections.Generic;
using System.Globalization;

namespace Deescalation.Cli.Inputs;

/// <summary>
/// A JSON export whose shape names it (a help desk's macros or canned responses), read with no flag. A new shape is a
/// new subclass listed in <see cref="All"/>.
/// </summary>
internal abstract class JsonExportReader
{
    /// <summary>The readers tried, in order, before a .json file is read as deesc's own shape.</summary>
    public static readonly JsonExportReader[] All = { new ZendeskMacrosReader(), new FreshdeskCannedResponsesReader() };

    /// <summary>Whether the document has this export's shape.</summary>
    public abstract bool Matches(LocatedJson root, ReadSettings settings);

    /// <summary>Adds one reply per piece of reply text in the export.</summary>
    public abstract void Read(InputFile file, LocatedJson root, SourceText source, List<InputReply> replies);

    /// <summary>A reply whose text is a JSON string value: plain text, or HTML read into text with an offset map.</summary>
    protected static InputReply MakeReply(InputFile file, SourceText source, string id, string? title, LocatedJson value, bool html)
    {
        var (line, column) = source.GetPosition(value.Start);
        if (!html)
        {
            return new InputReply(file, id, value.Value!, source, value.Start, value.RawLength, ValueEncoding.JsonString, line, column)
            {
                Title = title,
                NextLineCoversReply = true,
            };
        }

        var (text, map) = HtmlText.Extract(value.Value!);
        return new InputReply(file, id, text, source, value.Start, value.RawLength, ValueEncoding.JsonString, line, column)
        {
            Title = title,
            ValueOffsets = map,
            NextLineCoversReply = true,
        };
    }

    protected static string IdOf(LocatedJson item, int index) => item["id"]?.Scalar ?? index.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Zendesk macros (`GET /api/v2/macros.json`, or one macro from `GET /api/v2/macros/{id}.json`): the reply text is the
/// value of the actions whose field is `comment_value` (a string, or ["channel:all", "text"]) or `comment_value_html`;
/// other actions (status, tags, assignee) are not reply text. The id is the macro's id, its title shown beside it.
/// </summary>
internal sealed class ZendeskMacrosReader : JsonExportReader
{
    public override bool Matches(LocatedJson root, ReadSettings settings) =>
        root.IsObject && (root["macros"] is { IsArray: true } || root["macro"] is { IsObject: true } macro && macro["actions"] is { IsArray: true });

    public override void Read(InputFile file, LocatedJson root, SourceText source, List<InputReply> replies)
    {
        var macros = root["macros"]?.Items ?? new List<LocatedJson> { root["macro"]! };
        for (var m = 0; m < macros.Count; m++)
        {
            var macro = macros[m];
            if (!macro.IsObject || macro["actions"]?.Items is not { } actions)
            {
                continue;
            }

            var id = IdOf(macro, m + 1);
            var title = macro["title"]?.Scalar;
            var count = 0;
            foreach (var action in actions)
            {
                var field = action.IsObject ? action["field"]?.Scalar : null;
                var html = field == "comment_value_html";
                if (!html && field != "comment_value")
                {
                    continue;
                }

                if (CommentText(action["value"]) is not { } value)
                {
                    var line = action["value"] is { } bad ? source.GetPosition(bad.Start).Line : 0;
                    throw new InputException($"macro {id}: the {field} value is neither text nor [\"channel:...\", \"text\"]", line);
                }

                count++;
                replies.Add(MakeReply(file, source, count == 1 ? id : id + "." + count.ToString(CultureInfo.InvariantCulture), title, value, html));
            }
        }
    }

    /// <summary>The comment's text: the value itself, or the last string of ["channel:all", "text"].</summary>
    private static LocatedJson? CommentText(LocatedJson? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.IsString)
        {
            return value;
        }

        // ["channel:all", "text"]: the channel, then the text; a channel alone carries no text.
        if (value.Items is { Count: > 1 } items && items[items.Count - 1].IsString)
        {
            return items[items.Count - 1];
        }

        return null;
    }
}

/// <summary>
/// Freshdesk canned responses (an array of {"id", "title", "folder_id", "content", "content_html"}): one reply per
/// response, `content_html` read as HTML when present, `content` otherwise.
/// </summary>
internal sealed class FreshdeskCannedResponsesReader : JsonExportReader
{
    public override bool Matches(LocatedJson root, ReadSettings settings)
    {
        if (!root.IsArray || root.Items!.Count == 0)
        {
            return false;
        }

        foreach (var item in root.Items)
        {
            // deesc's own array of replies has the text field; a canned response has content and its folder.
            if (!item.IsObject || item[settings.TextField] is not null || (item["content"] is null && item["content_html"] is null) || item["folder_id"] is null)
            {
                return false;
            }
        }

        return true;
    }

    public override void Read(InputFile file, LocatedJson root, SourceText source, List<InputReply> replies)
    {
        var items = root.Items!;
        for (var i = 0; i < items.Count; i++)
        {
            var response = items[i];
            var id = IdOf(response, i + 1);
            var title = response["title"]?.Scalar;
            if (response["content_html"] is { IsString: true } html && !string.IsNullOrWhiteSpace(html.Value))
            {
                replies.Add(MakeReply(file, source, id, title, html, html: true));
            }
            else if (response["content"] is { IsString: true } content)
            {
                replies.Add(MakeReply(file, source, id, title, content, html: false));
            }
        }
    }
}
