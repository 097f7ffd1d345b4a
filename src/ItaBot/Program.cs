using ItaBot.Cli;
using ItaBot.Hosting;

if (args is [ItaBot.Bench.BareEndpoint.Verb, ..]) return await ItaBot.Bench.BareEndpoint.ServeAsync(args);
if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

try
{
    await using var host = await ItaBotHost.StartAsync(args);
    Console.WriteLine($"ItaBot is listening on {host.BaseUrl} (webhook: {host.BaseUrl}webhook)");
    if (host.Emulator is { } emulator)
        Console.WriteLine($"ItaBot พร้อมแล้ว: เปิด {emulator.BaseUrl} ในเบราว์เซอร์เพื่อคุยกับบอท (local LINE stand-in)");
    await host.App.WaitForShutdownAsync();
    return 0;
}
catch (StartupException e)
{
    Console.Error.WriteLine("ItaBot cannot start: " + e.Message);
    return 1;
}
