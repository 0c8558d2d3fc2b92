using System.Globalization;
using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Costs;

/// <summary>
/// The cost planner's arithmetic: from a plan and the fee records, the itemized estimate. For each item the fee records
/// of the latest cycle or year are used; a banded fee (ERAS per program, NRMP extra ranks) adds each band's programs
/// times its amount, per specialty. A line whose fee is missing or unknown has no amount and is never counted as 0.
/// </summary>
public static class CostPlanner
{
    public const string Currency = "USD";

    public static CostEstimate Estimate(CostPlan plan, IReadOnlyList<Fee> fees)
    {
        plan = plan.Normalized();
        var latest = fees
            .GroupBy(f => f.Item)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Fee>)g.Where(f => f.AppliesTo == g.Max(x => x.AppliesTo)).OrderBy(f => f.TierFrom).ToList());

        var lines = new List<CostLine>();
        void Add(FeeItem item, PlanStatus status, int quantity, string quantityText, int specialties = 1)
        {
            if (status != PlanStatus.NotInPlan && quantity > 0 && specialties > 0)
            {
                lines.Add(Line(item, status, quantity, quantityText, specialties, latest.GetValueOrDefault(item) ?? []));
            }
        }

        Add(FeeItem.EcfmgApplication, plan.EcfmgApplication, 1, "Once");
        Add(FeeItem.UsmleStep1, plan.Step1, 1, "One attempt");
        Add(FeeItem.UsmleStep2Ck, plan.Step2Ck, 1, "One attempt");
        if (plan.TestsAbroad)
        {
            foreach (var status in new[] { PlanStatus.Done, PlanStatus.Ahead })
            {
                var exams = (plan.Step1 == status ? 1 : 0) + (plan.Step2Ck == status ? 1 : 0);
                Add(FeeItem.InternationalTestSurcharge, status, exams, exams == 1 ? "One exam" : "Two exams");
            }
        }

        Add(FeeItem.EcfmgPathway, plan.Pathway, 1, "Once");
        Add(FeeItem.OetMedicine, plan.Oet, 1, "One attempt");
        Add(FeeItem.UsmleStep3, plan.Step3, 1, "One attempt");
        Add(FeeItem.ClinicalExperienceMonth, PlanStatus.Done, plan.UsceMonthsDone, Count(plan.UsceMonthsDone, "month"));
        Add(FeeItem.ClinicalExperienceMonth, PlanStatus.Ahead, plan.UsceMonthsAhead, Count(plan.UsceMonthsAhead, "month"));
        Add(FeeItem.ErasToken, plan.Match, 1, "Once a season");
        Add(
            FeeItem.ErasApplications,
            plan.Match,
            plan.ProgramsPerSpecialty,
            $"{Count(plan.ProgramsPerSpecialty, "program")} in each of {Count(plan.Specialties, "specialty", "specialties")}",
            plan.Specialties);
        Add(FeeItem.ErasUsmleTranscript, plan.Match, 1, "Once a season");
        Add(FeeItem.NrmpRegistration, plan.Match, 1, "Once");
        Add(FeeItem.NrmpExtraRanks, plan.Match, plan.ProgramsRanked, $"{Count(plan.ProgramsRanked, "program")} ranked");
        if (plan.Visa == VisaNeed.J1)
        {
            Add(FeeItem.J1VisaApplication, PlanStatus.Ahead, 1, "Once");
            Add(FeeItem.J1SevisFee, PlanStatus.Ahead, 1, "Once");
        }

        Add(FeeItem.WaiverDs3035, plan.Waiver, 1, "Once");
        Add(FeeItem.FcvsFirstApplication, plan.Fcvs, 1, "Once");
        Add(FeeItem.FcvsPerBoard, plan.Fcvs, plan.Boards, Count(plan.Boards, "board"));
        Add(FeeItem.NewYorkLicense, plan.NewYorkLicense, 1, "Once");

        // A line that ends up with no cost (e.g. ranks the registration already includes) says nothing: leave it out.
        lines.RemoveAll(l => l.IsKnown && l.High == 0 && l.Item == FeeItem.NrmpExtraRanks);
        return new CostEstimate(
            plan,
            new CostTotal(lines.Where(l => l.Status == PlanStatus.Done).ToList()),
            new CostTotal(lines.Where(l => l.Status == PlanStatus.Ahead).ToList()));
    }

    /// <summary>
    /// What <paramref name="quantity"/> programs (or ranks, months, boards) cost under <paramref name="bands"/>, as a
    /// low–high pair; null when a band that is needed has no known amount, or (for programs) no band covers one of them.
    /// </summary>
    public static (decimal Low, decimal High)? Price(IReadOnlyList<Fee> bands, int quantity)
    {
        if (bands.Count == 0)
        {
            return null;
        }

        var scaling = bands[0].Scaling;
        if (scaling is FeeScaling.Once)
        {
            return bands[0].IsKnown ? (bands[0].AmountLow!.Value, bands[0].AmountHigh!.Value) : null;
        }

        if (scaling is not (FeeScaling.PerProgram or FeeScaling.PerExtraRank))
        {
            return bands[0].IsKnown ? (bands[0].AmountLow!.Value * quantity, bands[0].AmountHigh!.Value * quantity) : null;
        }

        decimal low = 0, high = 0;
        var covered = 0;
        foreach (var band in bands)
        {
            var inBand = Math.Max(0, Math.Min(quantity, band.TierTo ?? quantity) - band.TierFrom + 1);
            if (inBand == 0)
            {
                continue;
            }

            if (!band.IsKnown)
            {
                return null;
            }

            covered += inBand;
            low += band.AmountLow!.Value * inBand;
            high += band.AmountHigh!.Value * inBand;
        }

        // Every program is charged; extra ranks start after those the registration includes.
        return scaling == FeeScaling.PerProgram && covered < quantity ? null : (low, high);
    }

    private static CostLine Line(FeeItem item, PlanStatus status, int quantity, string quantityText, int specialties, IReadOnlyList<Fee> bands)
    {
        var label = FeeLabels.Of(item);
        if (bands.Count == 0)
        {
            return new CostLine(item, label, status, quantityText, null, null, Currency, string.Empty, null, null, [], "No fee is recorded for this yet.");
        }

        var first = bands[0];
        var sources = bands.SelectMany(b => PathwaySources.Parse(b.Sources).Sources).DistinctBy(s => s.Url).ToList();
        var checkedOn = bands.Min(b => b.CheckedOn);
        var notes = string.Join(" ", bands.Select(b => b.Notes).Where(n => n.Length > 0).Distinct());
        var price = bands.Any(b => b.Currency != Currency) ? null : Price(bands, quantity);
        if (bands.Any(b => b.Currency != Currency))
        {
            notes = $"Charged in {first.Currency}; not converted. {notes}".Trim();
        }

        return new CostLine(
            item,
            label,
            status,
            quantityText,
            price?.Low * specialties,
            price?.High * specialties,
            Currency,
            first.ChargedBy,
            first.AppliesTo,
            checkedOn,
            sources,
            notes);
    }

    private static string Count(int n, string one, string? many = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");
}
