namespace ImgPortal.Core.Common;

/// <summary>One message about one input field. <see cref="Field"/> is the input's property name; empty for the form as a whole.</summary>
public sealed record FieldError(string Field, string Message);
