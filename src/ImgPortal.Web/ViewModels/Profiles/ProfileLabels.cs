using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Records;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ImgPortal.Web.ViewModels.Profiles;

/// <summary>What people read for each stored value, and the option lists of the profile form.</summary>
public static class ProfileLabels
{
    public static string Of(EcfmgStatus value) => value switch
    {
        EcfmgStatus.NotStarted => "Not started",
        EcfmgStatus.InProgress => "In progress",
        EcfmgStatus.Certified => "Certified",
        _ => value.ToString(),
    };

    public static string Of(ExamResult value) => value switch
    {
        ExamResult.NotTaken => "Not taken yet",
        ExamResult.Passed => "Passed",
        ExamResult.Failed => "Failed",
        _ => value.ToString(),
    };

    public static string Of(VisaStatus value) => value switch
    {
        VisaStatus.None => "No US visa",
        VisaStatus.J1 => "J-1",
        VisaStatus.H1B => "H-1B",
        VisaStatus.F1 => "F-1",
        VisaStatus.PermanentResidentOrCitizen => "US permanent resident or citizen",
        VisaStatus.Other => "Other",
        _ => value.ToString(),
    };

    public static string Of(VisaNeed value) => value switch
    {
        VisaNeed.NotSureYet => "Not sure yet",
        VisaNeed.None => "None: I am a US citizen or permanent resident",
        VisaNeed.J1 => "J-1 (sponsored by ECFMG)",
        VisaNeed.H1B => "H-1B",
        _ => value.ToString(),
    };

    public static string Of(StepState value) => value switch
    {
        StepState.NotStarted => "Not started",
        StepState.InProgress => "In progress",
        StepState.Done => "Done",
        StepState.NotApplicable => "Not applicable",
        _ => value.ToString(),
    };

    public static string Of(RoadmapStage value) => RecordLabels.Of(value);

    public static string Of(MemberMentorState value) => value switch
    {
        MemberMentorState.Paired => "Paired",
        MemberMentorState.Proposed => "Proposed to a mentor",
        MemberMentorState.Wanted => "Wants one",
        MemberMentorState.NotWanted => "Not asked for",
        _ => value.ToString(),
    };

    public static IEnumerable<SelectListItem> Options<T>(Func<T, string> label, T? selected = null)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(label(v), v.ToString(), selected is { } s && s.Equals(v)));

    public static IEnumerable<SelectListItem> Specialties(IEnumerable<string>? selected = null) =>
        ProfileRules.Specialties.Select(s => new SelectListItem(s, s, selected?.Contains(s) == true));

    public static IEnumerable<SelectListItem> States(IEnumerable<string>? selected = null) =>
        UsStates.All.Select(s => new SelectListItem(s.Name, s.Code, selected?.Contains(s.Code) == true));

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string Date(DateOnly? date) => date is { } d ? RoadmapRules.Format(d) : "—";
}
