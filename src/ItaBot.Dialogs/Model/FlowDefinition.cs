namespace ItaBot.Dialogs;

public sealed class FlowDefinition
{
    private readonly Dictionary<string, int> _index;

    public FlowDefinition(string id, string fileName, string version, string title, bool privateOnly,
        IReadOnlyList<StepDefinition> steps, IReadOnlyList<string> hostSlots, IReadOnlyDictionary<string, string> texts)
    {
        Id = id;
        FileName = fileName;
        Version = version;
        Title = title;
        PrivateOnly = privateOnly;
        Steps = steps;
        HostSlots = hostSlots;
        Texts = texts;
        _index = new Dictionary<string, int>();
        for (var i = 0; i < steps.Count; i++)
            _index.TryAdd(steps[i].Id, i);
    }

    public string Id { get; }
    public string FileName { get; }
    /// <summary>First 16 hex chars of the SHA-256 of the file; a saved state from another version restarts.</summary>
    public string Version { get; }
    public string Title { get; }
    public bool PrivateOnly { get; }
    public IReadOnlyList<StepDefinition> Steps { get; }
    public IReadOnlyList<string> HostSlots { get; }
    /// <summary>Per-flow overrides of catalogue texts such as <c>common.cancelled</c>.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    public bool HasStep(string id) => _index.ContainsKey(id);

    public StepDefinition Step(string id) =>
        _index.TryGetValue(id, out var i) ? Steps[i] : throw new KeyNotFoundException($"{FileName}: no step '{id}'");

    /// <summary>The explicit <c>next</c>, else the step written below it.</summary>
    public string? DefaultNext(StepDefinition step) => step.Next ?? Following(step);

    /// <summary>The step written after this one in the file, whatever its <c>next</c> says.</summary>
    public string? Following(StepDefinition step)
    {
        var i = _index[step.Id] + 1;
        return i < Steps.Count ? Steps[i].Id : null;
    }

    public int IndexOf(string stepId) => _index[stepId];
}
