namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>The words a person reads for each <see cref="CheckInAnswer"/>.</summary>
public static class CheckInAnswerNames
{
    public static string Of(CheckInAnswer answer) => answer switch
    {
        CheckInAnswer.GoingWell => "Going well",
        CheckInAnswer.NotWell => "Not going well",
        CheckInAnswer.NotMetYet => "We have not met yet",
        _ => answer.ToString(),
    };
}
