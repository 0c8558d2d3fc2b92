namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>A read answer link: its status and, when <see cref="CheckInTokenStatus.Valid"/>, what it carries.</summary>
public sealed record CheckInTokenResult(CheckInTokenStatus Status, CheckInToken? Token);
