using System.Globalization;
using System.Net;
using System.Text;

namespace JoinedUp.Web.Charts;

/// <summary>
/// Text inside the server-drawn SVG charts: an estimate of how wide it renders (there is no browser on the server), and
/// wrapping to a width so that a long label or title is never clipped.
/// </summary>
public static class SvgText
{
    /// <summary>Average advance of Arial per character, as a share of the font size, erring wide so that estimates do not clip.</summary>
    private const double CharacterWidth = 0.58;

    public static double Width(string text, double fontSize) => text.Length * fontSize * CharacterWidth;

    /// <summary>The text in lines no wider than <paramref name="width"/>, broken between words (a word longer than a line keeps its own line).</summary>
    public static IReadOnlyList<string> Wrap(string text, double width, double fontSize)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && Width(line + " " + word, fontSize) > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }

    /// <summary>A &lt;text&gt; element of one or more lines (tspans), the first line's baseline at <paramref name="y"/>.</summary>
    public static string Element(IReadOnlyList<string> lines, double x, double y, double lineHeight, string attributes)
    {
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" {attributes}>");
        if (lines.Count == 1) svg.Append(Escape(lines[0]));
        else
            for (var i = 0; i < lines.Count; i++)
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{x:0.#}\" dy=\"{(i == 0 ? 0 : lineHeight):0.#}\">{Escape(lines[i])}</tspan>");
        return svg.Append("</text>").ToString();
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
