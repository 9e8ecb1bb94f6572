using System.Threading.Tasks;
using Deescalation.Analyzers.Tests.TestSupport;
using Xunit;

namespace Deescalation.Analyzers.Tests;

/// <summary>Reply libraries given as additional files: .resx always, .json/.yaml/.txt when marked.</summary>
public class AdditionalFileTests
{
    private const string NoCode = "class Program { }";

    [Fact]
    public async Task Resx_string_values_are_read_and_comments_headers_and_typed_values_are_not()
    {
        var resx = """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <!--
                <data name="Sample"><value>I'm sorry you feel that way.</value></data>
              -->
              <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
              <data name="Apology" xml:space="preserve">
                <value>Thanks for writing &amp; waiting. {|DEESC001:I&apos;m sorry you feel that way|}.</value>
              </data>
              <data name="Later" xml:space="preserve">
                <value>{|DEESC003:We'll look into it soon|}.</value>
                <comment>You should have read the terms.</comment>
              </data>
              <data name="Clean" xml:space="preserve">
                <value>Thanks for your patience, I've refunded the order.</value>
              </data>
              <data name="Icon" type="System.Resources.ResXFileRef, System.Windows.Forms">
                <value>You should have read the terms.</value>
              </data>
            </root>
            """;

        await Verify.AnalyzerAsync(NoCode, ("/0/Replies.resx", resx));
    }

    [Fact]
    public async Task Resx_can_be_turned_off_per_file()
    {
        var resx = """
            <root>
              <data name="Apology"><value>I'm sorry you feel that way.</value></data>
            </root>
            """;

        await Verify.AnalyzerAsync(NoCode, "[Legacy.resx]\ndeescalation.reply_text = false\n", ("/0/Legacy.resx", resx));
    }

    [Fact]
    public async Task Json_yaml_and_txt_libraries_are_read_when_marked()
    {
        var json = """
            {
              "replies": [
                { "id": "apology", "text": "Thanks for writing.\n{|DEESC001:I\u0027m sorry you feel that way|}." },
                { "id": "I'm sorry you feel that way", "text": "Thanks for your patience, I've refunded the order." }
              ]
            }
            """;
        var yaml = """
            # canned replies
            replies:
              - id: later
                text: "{|DEESC003:We'll look into it soon|}."
              - id: blame
                text: |
                  Thanks for writing.
                  {|DEESC004:You should have|} read the terms.
              - plain: {|DEESC001:I'm sorry you feel that way|}. # not the comment
            """;
        var txt = "Thanks for writing.\n\n{|DEESC001:I'm sorry you feel that way|}.\n";
        var editorConfig = "[*.{json,yaml,txt}]\ndeescalation.reply_text = true\n";

        await Verify.AnalyzerAsync(NoCode, editorConfig, ("/0/replies.json", json), ("/0/replies.yaml", yaml), ("/0/apology.txt", txt));
    }

    [Fact]
    public async Task Unmarked_json_yaml_and_txt_files_are_not_read()
    {
        await Verify.AnalyzerAsync(
            NoCode,
            ("/0/PublicAPI.Unshipped.txt", "I'm sorry you feel that way."),
            ("/0/settings.json", "{ \"text\": \"You should have read the terms.\" }"),
            ("/0/replies.yaml", "text: We'll look into it soon."));
    }
}
