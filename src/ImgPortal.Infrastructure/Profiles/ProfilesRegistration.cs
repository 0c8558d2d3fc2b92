using ImgPortal.Core.Profiles;
using ImgPortal.Core.Profiles.Outcomes;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Profiles;

/// <summary>Registers a member's own pages: profile, roadmap and its stages, reminders, calendar, outcomes, and the staff member directory.</summary>
public static class ProfilesRegistration
{
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.AddScoped<IProfileService, ProfileService>();
        services.AddScoped<IRoadmapService, RoadmapService>();
        services.AddScoped<IMemberStages, MemberStages>();
        services.AddScoped<IReminderService, ReminderService>();
        services.AddSingleton<ICalendarService, CalendarService>();
        services.AddScoped<ICalendarFeedService, CalendarFeedService>();
        services.AddScoped<IMemberOutcomeService, MemberOutcomeService>();
        services.AddScoped<IMemberDirectoryService, MemberDirectoryService>();
        return services;
    }
}
