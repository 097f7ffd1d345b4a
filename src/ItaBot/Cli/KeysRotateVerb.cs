using ItaBot.Configuration;
using ItaBot.Security;
using Microsoft.Extensions.Options;

namespace ItaBot.Cli;

public sealed class KeysRotateVerb : ICliVerb
{
    public string Name => "keys rotate";
    public string Usage => "keys rotate                  add a new data key and make it current (old keys stay to read old data)";

    public Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var options = context.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(options.KeyRingJson))
        {
            context.Error.WriteLine("the key ring comes from Security:KeyRingJson; rotate it where that value is kept");
            return Task.FromResult(1);
        }
        var path = Path.GetFullPath(options.KeyFile);
        var rotated = KeyRingLoader.Load(options, createIfMissing: false).Rotate();
        File.Copy(path, path + ".bak-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss"));
        KeyRingLoader.Write(rotated, path);
        context.Output.WriteLine($"key {rotated.CurrentId} is now current in {path}; restart the bot to use it");
        return Task.FromResult(0);
    }
}
