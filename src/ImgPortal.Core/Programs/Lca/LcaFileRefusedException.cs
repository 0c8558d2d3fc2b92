namespace ImgPortal.Core.Programs.Lca;

/// <summary>The file cannot be imported; the message says what is wrong, in words staff can act on.</summary>
public sealed class LcaFileRefusedException(string message, Exception? cause = null) : Exception(message, cause);
