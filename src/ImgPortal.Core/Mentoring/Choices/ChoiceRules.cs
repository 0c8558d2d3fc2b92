using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.Core.Mentoring.Choices;

/// <summary>
/// What a member may rank on their request: only when staff let members choose, at most
/// <see cref="MaxChoices"/> mentors, each once, and only approved mentors with a free place (not themselves).
/// </summary>
public static class ChoiceRules
{
    public const int MaxChoices = 3;

    /// <summary>The field the messages belong to: the form's ranking.</summary>
    public const string Field = "MentorChoices";

    public const string ChoiceOff = "Staff pair members with mentors at the moment, so a ranking cannot be saved. Clear your choices and send the request.";

    public const string TooMany = "Choose at most three mentors.";

    public const string Duplicate = "Choose each mentor only once.";

    public const string NotAvailable = "Choose mentors from the list: one you picked is not an approved mentor with a free place.";

    /// <summary>One message per rule broken, in the order a member would fix them.</summary>
    /// <param name="choices">The mentors' ids, most wanted first.</param>
    /// <param name="membersMayChoose">Whether staff let members choose.</param>
    /// <param name="available">The ids of approved mentors with a free place who may be chosen.</param>
    public static IReadOnlyList<FieldError> Validate(IReadOnlyList<int> choices, bool membersMayChoose, IReadOnlySet<int> available)
    {
        if (choices.Count == 0)
        {
            return [];
        }

        if (!membersMayChoose)
        {
            return [new FieldError(Field, ChoiceOff)];
        }

        var errors = new List<FieldError>();
        if (choices.Count > MaxChoices)
        {
            errors.Add(new FieldError(Field, TooMany));
        }

        if (choices.Distinct().Count() != choices.Count)
        {
            errors.Add(new FieldError(Field, Duplicate));
        }

        if (choices.Any(c => !available.Contains(c)))
        {
            errors.Add(new FieldError(Field, NotAvailable));
        }

        return errors;
    }

    /// <summary>The choices as ranked rows (1 first).</summary>
    public static IReadOnlyList<MentorChoice> ToRows(IReadOnlyList<int> choices) =>
        [.. choices.Select((mentorId, index) => new MentorChoice { MentorId = mentorId, Rank = index + 1 })];

    /// <summary>Why a ranked mentor cannot be proposed now, in the member's words; null when they can.</summary>
    public static string? WhyUnavailable(MentorStatus status, int capacity, int placesHeld, PairingState? askedForThisRequest) =>
        askedForThisRequest switch
        {
            PairingState.Proposed => "asked: waiting for their answer",
            PairingState.Accepted or PairingState.Ended => "your mentor",
            PairingState.Declined => "already asked: they could not take you on",
            PairingState.Cancelled or PairingState.Expired => "already asked: the proposal lapsed",
            _ when status != MentorStatus.Approved => "no longer mentoring: staff will skip them",
            _ when !CapacityRules.HasFreePlace(capacity, placesHeld) => "no free place at the moment: staff will skip them",
            _ => null,
        };
}
