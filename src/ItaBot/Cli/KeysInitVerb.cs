using ItaBot.Configuration;
using ItaBot.Security;
using Microsoft.Extensions.Options;

namespace ItaBot.Cli;

public sealed class KeysInitVerb : ICliVerb
{
    public string Name => "keys init";
    public string Usage => "keys init [--out <file>]     create a new encryption key ring (refuses to overwrite)";
    public bool UsesKeyRing => false;

    // Keys are made before the first start, often on another machine or folder than the bot's: a database made
    // here as a side effect would be left behind, empty, wherever the command happened to run.
    public bool UsesDatabase => false;

    public Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var path = Path.GetFullPath(args.Option("out") ?? context.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.KeyFile);
        if (File.Exists(path))
        {
            context.Error.WriteLine($"{path} already exists; an existing key ring is never overwritten (data encrypted with it would be lost)");
            return Task.FromResult(1);
        }
        KeyRingLoader.Write(KeyRing.Generate(), path);
        context.Output.WriteLine($"key ring written to {path}; back it up apart from the database and set Security:KeyFile to it");
        return Task.FromResult(0);
    }
}
