namespace ItaBot.LineEmulator.State;

/// <summary>Everything one emulator instance remembers, shared by the API, the driving side and the chat page.</summary>
internal sealed class EmulatorCore
{
    public EmulatorCore(LineEmulatorOptions options)
    {
        Options = options;
        Time = options.Time;
        Signal = new ChangeSignal();
        Transcript = new Transcript(Signal);
        Mailbox = new Mailbox(Signal, Transcript, Time);
        Tokens = new ReplyTokenBook(Time, options.ReplyTokenLifetime);
        RetryKeys = new RetryKeyBook(Time);
    }

    public LineEmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public string BotUserId { get; } = Ids.UserId();

    public ChangeSignal Signal { get; }

    public Transcript Transcript { get; }

    public Mailbox Mailbox { get; }

    public ReplyTokenBook Tokens { get; }

    public RetryKeyBook RetryKeys { get; }

    public UserDirectory Users { get; } = new();

    public ContentStore Contents { get; } = new();

    public CallLog Calls { get; } = new();

    public RichMenuStore RichMenus { get; } = new();

    public FaultPlan Faults { get; } = new();
}
