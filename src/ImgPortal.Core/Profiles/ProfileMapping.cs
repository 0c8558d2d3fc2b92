using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>Copies between the entity and <see cref="ProfileData"/>.</summary>
public static class ProfileMapping
{
    public static ProfileData ToData(ImgProfile p) => new()
    {
        MedicalSchoolCountry = p.MedicalSchoolCountry,
        MedicalSchoolName = p.MedicalSchoolName,
        GraduationYear = p.GraduationYear,
        EcfmgStatus = p.EcfmgStatus,
        EcfmgCertifiedOn = p.EcfmgCertifiedOn,
        Step1Result = p.Step1Result,
        Step1Date = p.Step1Date,
        Step2CkScore = p.Step2CkScore,
        Step2CkDate = p.Step2CkDate,
        Step3Score = p.Step3Score,
        Step3Date = p.Step3Date,
        EnglishProficiencyMet = p.EnglishProficiencyMet,
        OetPassed = p.OetPassed,
        OetDate = p.OetDate,
        PathwayCompleted = p.PathwayCompleted,
        PathwayDate = p.PathwayDate,
        CurrentVisa = p.CurrentVisa,
        VisaNeed = p.VisaNeed,
        Specialties = Values(p, TagKind.Specialty),
        States = Values(p, TagKind.State),
        Languages = Values(p, TagKind.Language),
        ClinicalExperienceMonths = p.ClinicalExperienceMonths,
        FcvsStarted = p.FcvsStarted,
        FcvsStartedOn = p.FcvsStartedOn,
        FcvsCompleted = p.FcvsCompleted,
        WantsMentor = p.WantsMentor,
        RemindersOff = p.RemindersOff,
        WaiverCycleAlerts = p.WaiverCycleAlerts,
        WaiverFewSlotsAlerts = p.WaiverFewSlotsAlerts,
    };

    public static void Apply(ProfileData d, ImgProfile p)
    {
        p.MedicalSchoolCountry = d.MedicalSchoolCountry.Trim();
        p.MedicalSchoolName = d.MedicalSchoolName.Trim();
        p.GraduationYear = d.GraduationYear;
        p.EcfmgStatus = d.EcfmgStatus;
        p.EcfmgCertifiedOn = d.EcfmgCertifiedOn;
        p.Step1Result = d.Step1Result;
        p.Step1Date = d.Step1Date;
        p.Step2CkScore = d.Step2CkScore;
        p.Step2CkDate = d.Step2CkDate;
        p.Step3Score = d.Step3Score;
        p.Step3Date = d.Step3Date;
        p.EnglishProficiencyMet = d.EnglishProficiencyMet;
        p.OetPassed = d.OetPassed;
        p.OetDate = d.OetDate;
        p.PathwayCompleted = d.PathwayCompleted;
        p.PathwayDate = d.PathwayDate;
        p.CurrentVisa = d.CurrentVisa;
        p.VisaNeed = d.VisaNeed;
        p.ClinicalExperienceMonths = d.ClinicalExperienceMonths;
        p.FcvsStarted = d.FcvsStarted;
        p.FcvsStartedOn = d.FcvsStartedOn;
        p.FcvsCompleted = d.FcvsCompleted;
        p.WantsMentor = d.WantsMentor;
        p.RemindersOff = d.RemindersOff;
        p.WaiverCycleAlerts = d.WaiverCycleAlerts;
        p.WaiverFewSlotsAlerts = d.WaiverFewSlotsAlerts;

        var wanted = d.Specialties.Select(v => (Kind: TagKind.Specialty, Value: v))
            .Concat(d.States.Select(v => (Kind: TagKind.State, Value: v)))
            .Concat(d.Languages.Select(v => (Kind: TagKind.Language, Value: PortalLists.FindLanguage(v) ?? v)))
            .Distinct()
            .ToList();
        p.Tags.RemoveAll(t => !wanted.Contains((t.Kind, t.Value)));
        foreach (var (kind, value) in wanted.Where(w => !p.Tags.Any(t => t.Kind == w.Kind && t.Value == w.Value)))
        {
            p.Tags.Add(new ProfileTag { UserId = p.UserId, Kind = kind, Value = value });
        }
    }

    private static List<string> Values(ImgProfile p, TagKind kind) =>
        p.Tags.Where(t => t.Kind == kind).OrderBy(t => t.Value, StringComparer.Ordinal).Select(t => t.Value).ToList();
}
