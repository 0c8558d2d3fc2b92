namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// The mail server refused the message for good (a 5xx reply to MAIL, RCPT or DATA): the outbox marks it
/// failed at once instead of retrying, and staff see it with this reason.
/// </summary>
public sealed class PermanentDeliveryException(string message, Exception innerException) : Exception(message, innerException);
