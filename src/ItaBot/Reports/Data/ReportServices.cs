using ItaBot.Staff;
using ItaBot.Staff.ReportsDesk;
using ItaBot.Stats;

namespace ItaBot.Reports.Data;

/// <summary>The report builders, the public statistics and the admin's report desk in chat.</summary>
public static class ReportServices
{
    public static IServiceCollection AddItaBotReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportOptions>(configuration.GetSection(ReportOptions.Section));
        services.AddSingleton<MeasuresReportBuilder>();
        services.AddSingleton<SatisfactionLedger>();
        services.AddSingleton<ComplaintStatisticsBuilder>();
        services.AddSingleton<StatsCache>();
        services.AddSingleton<ReportProducer>();
        services.AddSingleton<ReportFileStore>();
        services.AddSingleton<ReportLinkSigner>();
        services.AddSingleton<ReportMenu>();
        services.AddScoped<IStaffFeature, ReportsDeskFeature>();
        return services;
    }
}
