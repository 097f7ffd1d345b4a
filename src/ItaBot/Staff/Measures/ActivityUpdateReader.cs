using System.Text.RegularExpressions;
using ItaBot.Dialogs;
using ItaBot.Measures.Import;

namespace ItaBot.Staff.Measures;

/// <summary>Reads a finished flow's slots into an update, refusing anything the buttons could not have produced.</summary>
public static partial class ActivityUpdateReader
{
    private static readonly int[] Steps = [0, 25, 50, 75, 100];

    public static ActivityUpdate? Read(FlowCompletion completion)
    {
        if (!long.TryParse(Value(completion, ActivityFlow.ActivityId), out var id)) return null;
        var status = Value(completion, ActivityFlow.Status);
        if (status is null || !ActivityStatuses.All.Contains(status)) return null;
        int? progress = status == ActivityStatuses.Done ? 100 : null;
        if (progress is null && int.TryParse(Value(completion, ActivityFlow.Progress), out var p))
        {
            if (!Steps.Contains(p)) return null;
            progress = p;
        }
        var evidence = completion.Slots.TryGetValue(ActivityFlow.Evidence, out var held) ? held.Items ?? [] : [];
        return new ActivityUpdate(id, status, progress, Value(completion, ActivityFlow.Result), Value(completion, ActivityFlow.Outcome),
            evidence, Links(Value(completion, ActivityFlow.Links)));
    }

    /// <summary>Every http(s) address in the typed text; other words around them are ignored.</summary>
    public static IReadOnlyList<string> Links(string? text) =>
        text is null ? [] : UrlPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ')', '"'))
            .Where(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .Distinct().ToList();

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    private static string? Value(FlowCompletion completion, string key) =>
        completion.Slots.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.Value) ? v.Value.Trim() : null;
}
