namespace ItaBot.Dialogs;

/// <summary>One YAML file: a flow, or the <c>texts.yaml</c> catalogue.</summary>
public sealed record FlowSource(string FileName, string Content);
