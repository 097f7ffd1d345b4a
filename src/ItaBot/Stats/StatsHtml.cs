using System.Globalization;
using System.Net;

namespace ItaBot.Stats;

internal static class StatsHtml
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Decimal(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
