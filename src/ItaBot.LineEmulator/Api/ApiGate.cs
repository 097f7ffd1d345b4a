using ItaBot.LineEmulator.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace ItaBot.LineEmulator.Api;

/// <summary>
/// Runs in front of every /v2 endpoint: bearer check, request id, fault injection and the call log.
/// </summary>
internal sealed class ApiGate(EmulatorCore core, IHostApplicationLifetime lifetime)
{
    public const string NoAnswerKey = "emulator.noAnswer";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/v2"))
        {
            await next(context);
            return;
        }

        var retryKey = context.Request.Headers["X-Line-Retry-Key"].FirstOrDefault();
        core.Calls.Started();
        try
        {
            await HandleAsync(context, next);
        }
        finally
        {
            var status = context.Items.ContainsKey(NoAnswerKey) ? 0 : context.Response.StatusCode;
            core.Calls.Add(new ApiCall(context.Request.Method, context.Request.Path.Value ?? "", status, retryKey, core.Time.GetUtcNow()));
        }
    }

    private async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.Headers["x-line-request-id"] = Guid.NewGuid().ToString();
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + core.Options.ChannelAccessToken)
        {
            await ApiResponses.MessageAsync(context, StatusCodes.Status401Unauthorized, ApiResponses.InvalidToken);
            return;
        }

        var fault = core.Faults.Next(context.Request.Path.Value ?? "");
        if (fault is null)
        {
            await next(context);
            return;
        }

        await PlayAsync(context, fault, next);
    }

    private async Task PlayAsync(HttpContext context, EmulatedFault fault, RequestDelegate next)
    {
        switch (fault.Kind)
        {
            case EmulatedFaultKind.ServerError:
                await ApiResponses.MessageAsync(context, 500, "Internal Server Error");
                return;
            case EmulatedFaultKind.RateLimit:
                await ApiResponses.MessageAsync(context, 429, ApiResponses.RateLimit);
                return;
            case EmulatedFaultKind.MonthlyLimit:
                await ApiResponses.MessageAsync(context, 429, ApiResponses.MonthlyLimit);
                return;
            case EmulatedFaultKind.AcceptedThenTimeout:
                await HandleSilentlyAsync(context, next);
                break;
            case EmulatedFaultKind.Slow:
                // Real time, like the holds below: it models the network.
                if (fault.Gate is { } gate) await gate.PassAsync(context.RequestAborted);
                else await Task.Delay(fault.Hold, context.RequestAborted);
                await next(context);
                return;
        }

        await HoldThenDropAsync(context, fault.Hold);
    }

    // The handler runs for real (messages are delivered, tokens used) but its answer goes nowhere.
    private static async Task HandleSilentlyAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    // Holds use real time even with a fake TimeProvider: they model the network, not LINE's clocks.
    private async Task HoldThenDropAsync(HttpContext context, TimeSpan hold)
    {
        context.Items[NoAnswerKey] = true;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(hold, linked.Token);
        }
        catch (OperationCanceledException)
        {
            // The caller gave up or the server is stopping; either way nobody gets an answer.
        }

        context.Abort();
    }
}
