using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Matching;

namespace ImgPortal.UnitTests.Mentoring.Matching;

public sealed class MatchScorerTests
{
    private static readonly MatchRequest Request = new(
        HelpAreas.Interviewing | HelpAreas.Visas, "Internal Medicine", "Spanish", "mexico", "NY", "Kings");

    [Fact]
    public void Score_MentorWhoMatchesEverything_GetsEveryWeightWithAReasonEach()
    {
        var mentor = Candidate(
            specialty: "Internal Medicine", help: HelpAreas.Interviewing | HelpAreas.Visas | HelpAreas.Applications,
            languages: ["English", "Spanish"], countries: ["Mexico"], state: "NY", county: "kings");

        var result = MatchScorer.Score(Request, mentor);

        Assert.Equal(30 + 20 + 20 + 15 + 5 + 5 + 5, result.Score);
        Assert.Equal(
            [
                "+30 specialty: Internal Medicine",
                "+20 helps with Interviewing, Visas",
                "+20 speaks Spanish",
                "+15 also trained in Mexico",
                "+5 trained outside the US (an IMG mentor)",
                "+5 same state: NY",
                "+5 same county: kings",
            ],
            result.Reasons);
    }

    [Fact]
    public void Score_MentorWithNothingInCommon_ScoresZeroAndSaysSo()
    {
        var mentor = Candidate(specialty: "Pediatrics", help: HelpAreas.MedicalPractice, languages: ["Polish"], countries: ["United States"], state: "CA");

        var result = MatchScorer.Score(Request, mentor);

        Assert.Equal(0, result.Score);
        Assert.Equal(["0 nothing in common with the request"], result.Reasons);
    }

    [Fact]
    public void Score_MentorWithoutTheRequestedLanguage_WarnsOfNoSharedLanguageInWords()
    {
        var mentor = Candidate(name: "Dr Kowalski", languages: ["English", "Polish"]);

        var result = MatchScorer.Score(Request, mentor);

        Assert.Equal(["No shared language: the member asked for Spanish, and Dr Kowalski speaks English, Polish."], result.Warnings);
    }

    [Fact]
    public void Score_MentorWhoSpeaksTheRequestedLanguage_HasNoWarning()
    {
        var mentor = Candidate(languages: ["spanish"]);

        var result = MatchScorer.Score(Request, mentor);

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Score_RequestNamingNoLanguage_HasNoWarning()
    {
        var request = new MatchRequest(HelpAreas.Visas, null, null, null, null, null);

        var result = MatchScorer.Score(request, Candidate(languages: ["Polish"]));

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Score_AllFiveHelpAreasShared_IsCappedAtThirty()
    {
        var all = HelpAreas.CultureAndLanguage | HelpAreas.MedicalPractice | HelpAreas.Interviewing | HelpAreas.Applications | HelpAreas.Visas;
        var request = new MatchRequest(all, null, null, null, null, null);

        var result = MatchScorer.Score(request, Candidate(help: all, countries: []));

        Assert.Equal(MatchScorer.HelpAreaMax, result.Score);
    }

    [Fact]
    public void Score_SameCountyInAnotherState_EarnsNoLocationPoints()
    {
        var request = new MatchRequest(HelpAreas.None, null, null, null, "NJ", "Kings");

        var result = MatchScorer.Score(request, Candidate(state: "NY", county: "Kings", countries: []));

        Assert.Equal(0, result.Score);
    }

    [Fact]
    public void Rank_MentorsWithoutAFreePlace_AreLeftOut()
    {
        var full = Candidate(id: 1, name: "Full", specialty: "Internal Medicine", capacity: 2, held: 2);
        var free = Candidate(id: 2, name: "Free", capacity: 2, held: 1);

        var ranked = MatchScorer.Rank(Request, [full, free], 5);

        Assert.Equal([2], ranked.Select(r => r.Mentor.MentorId));
    }

    [Fact]
    public void Rank_EqualScores_MoreFreePlacesThenNameFirst()
    {
        var b = Candidate(id: 1, name: "Bravo", capacity: 3, held: 0);
        var a = Candidate(id: 2, name: "Alpha", capacity: 3, held: 0);
        var busy = Candidate(id: 3, name: "Aaron", capacity: 3, held: 2);
        var best = Candidate(id: 4, name: "Zulu", specialty: "Internal Medicine", capacity: 1, held: 0);

        var ranked = MatchScorer.Rank(Request, [b, a, busy, best], 3);

        Assert.Equal(["Zulu", "Alpha", "Bravo"], ranked.Select(r => r.Mentor.DisplayName));
    }

    [Theory]
    [InlineData(1, 0, true, true)]
    [InlineData(1, 1, false, true)]
    [InlineData(3, 1, true, false)]
    [InlineData(3, 2, true, true)]
    [InlineData(3, 3, false, true)]
    [InlineData(2, 3, false, true)]
    public void CapacityRules_PlacesHeld_DecideFreeAndNearCapacity(int capacity, int held, bool free, bool near)
    {
        Assert.Equal(free, CapacityRules.HasFreePlace(capacity, held));
        Assert.Equal(near, CapacityRules.IsNearCapacity(capacity, held));
    }

    private static MatchCandidate Candidate(
        int id = 1,
        string name = "Dr Test",
        string specialty = "Pediatrics",
        HelpAreas help = HelpAreas.None,
        string[]? languages = null,
        string[]? countries = null,
        string state = "CA",
        string county = "",
        int capacity = 1,
        int held = 0) =>
        new(id, name, specialty, help, languages ?? ["English"], countries ?? ["United States"], state, county, capacity, held);
}
