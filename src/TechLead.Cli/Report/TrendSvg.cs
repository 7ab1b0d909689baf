using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace TechLead.Cli.Report;

/// <summary>
/// A trend as inline SVG (no script, no fonts to fetch: it renders offline and in any browser): one polyline
/// for reported violations, one for baselined debt, a dot with a tooltip per recorded check, evenly spaced
/// in time order, the first and last dates under the axis.
/// </summary>
internal static class TrendSvg
{
    public const int Width = 600;
    public const int Height = 160;
    private const int Left = 40;
    private const int Right = 16;
    private const int Top = 24;
    private const int Bottom = 28;

    public static string Render(TrendBlock trend)
    {
        var points = trend.Points;
        var max = Math.Max(1, points.Max(p => Math.Max(p.New, p.Baselined)));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Encode(trend.Title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Y(0, max)}\" x2=\"{Width - Right}\" y2=\"{Y(0, max)}\" stroke=\"#d0d7de\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Y(0, max) + 4}\" text-anchor=\"end\" font-size=\"11\" fill=\"#57606a\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Y(max, max) + 4}\" text-anchor=\"end\" font-size=\"11\" fill=\"#57606a\">{max}</text>");
        Series(svg, "trend-new", "#cf222e", points.Select(p => p.New).ToList(), max, points);
        Series(svg, "trend-baselined", "#8c959f", points.Select(p => p.Baselined).ToList(), max, points);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 8}\" font-size=\"11\" fill=\"#57606a\">{Encode(points[0].Date[..10])}</text>");
        if (points.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 8}\" text-anchor=\"end\" font-size=\"11\" fill=\"#57606a\">{Encode(points[^1].Date[..10])}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"14\" font-size=\"11\" fill=\"#cf222e\">reported {points[^1].New}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 110}\" y=\"14\" font-size=\"11\" fill=\"#57606a\">baselined {points[^1].Baselined}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The x of the i-th of n points: evenly spaced, a single point in the middle.</summary>
    public static double X(int index, int count) =>
        count == 1 ? Left + ((Width - Left - Right) / 2.0) : Left + (index * (Width - Left - Right) / (double)(count - 1));

    public static double Y(int value, int max) => Top + ((Height - Top - Bottom) * (1 - (value / (double)max)));

    private static void Series(StringBuilder svg, string name, string colour, List<int> values, int max, IReadOnlyList<TrendPoint> points)
    {
        var coordinates = string.Join(" ", values.Select((v, i) => Format(X(i, values.Count)) + "," + Format(Y(v, max))));
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{name}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{coordinates}\"/>");
        for (var i = 0; i < values.Count; i++)
        {
            var what = name == "trend-new" ? "reported" : "baselined";
            var commit = points[i].Commit is { } c ? " " + c[..Math.Min(7, c.Length)] : string.Empty;
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Format(X(i, values.Count))}\" cy=\"{Format(Y(values[i], max))}\" r=\"3\" fill=\"{colour}\"><title>{Encode(points[i].Date)}{Encode(commit)}: {values[i]} {what}</title></circle>");
        }
    }

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
