using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Dashboards;
using ImgPortal.Core.Mentoring.Directory;
using ImgPortal.Core.Mentoring.Erasure;
using ImgPortal.Core.Mentoring.Log;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Reports;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Sharing;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Mentoring;

/// <summary>The mentoring program's services, one use case each, grouped as Core/Mentoring's folders are (ADR 0087).</summary>
public static class MentoringRegistration
{
    public static IServiceCollection AddMentoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MentoringOptions>()
            .Bind(configuration.GetSection(MentoringOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<MentoringMailer>();

        // Applications, Vetting, Directory
        services.AddScoped<IMentorApplicationService, MentorApplicationService>();
        services.AddScoped<IStaffMentorService, StaffMentorService>();
        services.AddScoped<IVettingService, VettingService>();
        services.AddScoped<IMentorDirectoryService, MentorDirectoryService>();

        // Requests, Choices, Matching
        services.AddScoped<IMenteeRequestService, MenteeRequestService>();
        services.AddScoped<IStaffRequestService, StaffRequestService>();
        services.AddScoped<IMentorChoiceService, MentorChoiceService>();
        services.AddScoped<IProposalService, ProposalService>();
        services.AddScoped<IProposalSweepService, ProposalSweepService>();

        // Pairings, Agreements, Log, CheckIns
        services.AddScoped<IPairingPageService, PairingPageService>();
        services.AddScoped<IPairingTransitions, PairingTransitions>();
        services.AddScoped<IPairingFeedbackService, PairingFeedbackService>();
        services.AddScoped<IStaffPairingsService, StaffPairingsService>();
        services.AddScoped<IPairingLogService, PairingLogService>();
        services.AddScoped<IRoadmapSharingService, RoadmapSharingService>();
        services.AddSingleton<ICheckInTokens, DataProtectionCheckInTokens>();
        services.AddScoped<ICheckInService, CheckInService>();
        services.AddScoped<ICheckInSweepService, CheckInSweepService>();

        // Dashboards, Reports, Erasure
        services.AddScoped<IMentoringDashboardService, MentoringDashboardService>();
        services.AddScoped<IStaffMentoringCountsService, StaffMentoringCountsService>();
        services.AddScoped<IMentoringReportService, MentoringReportService>();
        services.AddScoped<IMentoringErasure, MentoringErasure>();
        return services;
    }
}
