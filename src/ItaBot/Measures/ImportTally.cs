namespace ItaBot.Measures;

// Counts gathered while an import runs, turned into the immutable report at the end.
internal sealed class ImportTally
{
    public int MeasuresAdded;
    public int MeasuresUpdated;
    public int MeasuresUnchanged;
    public int ActivitiesAdded;
    public int ActivitiesUpdated;
    public int ActivitiesUnchanged;
    public int LinksAdded;
    public List<string> KeptChatUpdates { get; } = [];
    public List<string> Removed { get; } = [];
    public List<string> KeptWithResults { get; } = [];

    public ImportReport ToReport(int fiscalYear) => new(fiscalYear, MeasuresAdded, MeasuresUpdated, MeasuresUnchanged,
        ActivitiesAdded, ActivitiesUpdated, ActivitiesUnchanged, KeptChatUpdates, Removed, KeptWithResults, LinksAdded);
}
