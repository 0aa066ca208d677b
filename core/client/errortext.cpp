#include "errortext.h"

namespace tavola::client {

QString ErrorText::forCode(ErrorCode code)
{
    switch (code) {
    case ErrorCode::MalformedJson:
    case ErrorCode::ValidationFailed: return tr("Please check what you entered.");
    case ErrorCode::Unauthenticated: return tr("Please sign in again.");
    case ErrorCode::Forbidden: return tr("You are not allowed to do this. Ask a manager.");
    case ErrorCode::NotFound: return tr("This no longer exists. The screen will refresh.");
    case ErrorCode::TableOccupied: return tr("This table already has an open bill.");
    case ErrorCode::OrderLocked: return tr("This bill cannot be changed in its current state.");
    case ErrorCode::AlreadyPaid: return tr("This bill is already paid.");
    case ErrorCode::InvalidTransition: return tr("That step is not possible now.");
    case ErrorCode::RequestInProgress: return tr("The previous request is still being saved. Please wait.");
    case ErrorCode::VersionConflict: return tr("Someone else changed this at the same time. The screen was refreshed; please try again.");
    case ErrorCode::ItemUnavailable: return tr("This dish is not available right now.");
    case ErrorCode::PayloadTooLarge: return tr("Too much data in one request.");
    case ErrorCode::IdempotencyKeyReused: return tr("This request was already sent with different contents.");
    case ErrorCode::InsufficientAmount: return tr("The cash received is less than the amount due.");
    case ErrorCode::RateLimited: return tr("Too many requests. Please wait a moment.");
    case ErrorCode::StorageFull:
        return tr("The server's disk is full: nothing new can be saved. Ask the manager to free space; your work is kept on this till.");
    case ErrorCode::Unavailable: return tr("Cannot reach the server. Your work is kept and will be sent when the connection is back.");
    case ErrorCode::SlipAlreadyUsed:
        return tr("This transfer slip has already paid another bill. Ask the guest for the slip of this payment.");
    case ErrorCode::SlipNotVerified:
        return tr("The bank did not confirm this slip. Do not hand over the bill; ask the guest to check their transfer.");
    case ErrorCode::SlipAmountMismatch:
        return tr("The transfer on this slip is not the amount due. Ask the guest to check their transfer.");
    case ErrorCode::AmountExceedsBalance: return tr("That is more than is still due on this bill. Check the amount.");
    case ErrorCode::AlreadyIssued: return tr("This bill already has a full tax invoice. Reprint that one instead.");
    case ErrorCode::NotSupported: return tr("The server cannot do this in its set-up (see the operations guide).");
    case ErrorCode::MethodNotAllowed:
    case ErrorCode::Internal: break;
    }
    return tr("Something went wrong on the server. Please try again; if it keeps happening, call support.");
}

QString ErrorText::forError(const Error &error)
{
    const QString certificate = error.details.value(QLatin1String("certificate")).toString();
    if (certificate == QLatin1String("changed"))
        return tr("⚠ The server's certificate has CHANGED. The till refused to connect: this may not be your server. "
                  "A manager must check the new fingerprint before trusting it.");
    if (certificate == QLatin1String("unknown"))
        return tr("This till does not know the server's certificate yet. A manager must compare its fingerprint and trust it.");
    QString text = forCode(error.code);
    if ((error.code == ErrorCode::ValidationFailed) && !error.field().isEmpty())
        text += QLatin1Char(' ') + tr("(field: %1)").arg(error.field());
    return text;
}

} // namespace tavola::client
