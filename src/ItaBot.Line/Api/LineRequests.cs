using ItaBot.Line.Messaging;

namespace ItaBot.Line.Api;

internal sealed record ReplyRequest(string ReplyToken, IReadOnlyList<Message> Messages);

internal sealed record PushRequest(string To, IReadOnlyList<Message> Messages);

internal sealed record MulticastRequest(IReadOnlyList<string> To, IReadOnlyList<Message> Messages);

internal sealed record LoadingRequest(string ChatId, int LoadingSeconds);

internal sealed record RichMenuIdResponse(string? RichMenuId);
