namespace ItaBot.Measures;

/// <summary>What an import did. Codes are "measure/activity" as written in the file.</summary>
/// <param name="KeptChatUpdates">Activities whose status and results were recorded in chat and so were not overwritten.</param>
/// <param name="Removed">Activities no longer in the file that had no results, deleted.</param>
/// <param name="KeptWithResults">Activities no longer in the file that have results; kept so nothing recorded is lost.</param>
public sealed record ImportReport(
    int FiscalYear,
    int MeasuresAdded,
    int MeasuresUpdated,
    int MeasuresUnchanged,
    int ActivitiesAdded,
    int ActivitiesUpdated,
    int ActivitiesUnchanged,
    IReadOnlyList<string> KeptChatUpdates,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> KeptWithResults,
    int LinksAdded);
