#include "error.h"

#include <array>

using namespace Qt::StringLiterals;

namespace tavola {

namespace {
struct CodeInfo
{
    ErrorCode code;
    QLatin1StringView name;
    int status;
};

constexpr std::array kCodes{
    CodeInfo{ErrorCode::MalformedJson, "MALFORMED_JSON"_L1, 400},
    CodeInfo{ErrorCode::ValidationFailed, "VALIDATION_FAILED"_L1, 400},
    CodeInfo{ErrorCode::Unauthenticated, "UNAUTHENTICATED"_L1, 401},
    CodeInfo{ErrorCode::Forbidden, "FORBIDDEN"_L1, 403},
    CodeInfo{ErrorCode::NotFound, "NOT_FOUND"_L1, 404},
    CodeInfo{ErrorCode::MethodNotAllowed, "METHOD_NOT_ALLOWED"_L1, 405},
    CodeInfo{ErrorCode::TableOccupied, "TABLE_OCCUPIED"_L1, 409},
    CodeInfo{ErrorCode::OrderLocked, "ORDER_LOCKED"_L1, 409},
    CodeInfo{ErrorCode::AlreadyPaid, "ALREADY_PAID"_L1, 409},
    CodeInfo{ErrorCode::InvalidTransition, "INVALID_TRANSITION"_L1, 409},
    CodeInfo{ErrorCode::RequestInProgress, "REQUEST_IN_PROGRESS"_L1, 409},
    CodeInfo{ErrorCode::VersionConflict, "VERSION_CONFLICT"_L1, 409},
    CodeInfo{ErrorCode::ItemUnavailable, "ITEM_UNAVAILABLE"_L1, 409},
    CodeInfo{ErrorCode::PayloadTooLarge, "PAYLOAD_TOO_LARGE"_L1, 413},
    CodeInfo{ErrorCode::IdempotencyKeyReused, "IDEMPOTENCY_KEY_REUSED"_L1, 422},
    CodeInfo{ErrorCode::InsufficientAmount, "INSUFFICIENT_AMOUNT"_L1, 422},
    CodeInfo{ErrorCode::RateLimited, "RATE_LIMITED"_L1, 429},
    CodeInfo{ErrorCode::Internal, "INTERNAL"_L1, 500},
    CodeInfo{ErrorCode::Unavailable, "UNAVAILABLE"_L1, 503},
    CodeInfo{ErrorCode::StorageFull, "STORAGE_FULL"_L1, 503},
    CodeInfo{ErrorCode::SlipAlreadyUsed, "SLIP_ALREADY_USED"_L1, 409},
    CodeInfo{ErrorCode::SlipNotVerified, "SLIP_NOT_VERIFIED"_L1, 422},
    CodeInfo{ErrorCode::SlipAmountMismatch, "SLIP_AMOUNT_MISMATCH"_L1, 422},
    CodeInfo{ErrorCode::AmountExceedsBalance, "AMOUNT_EXCEEDS_BALANCE"_L1, 422},
    CodeInfo{ErrorCode::AlreadyIssued, "ALREADY_ISSUED"_L1, 409},
    CodeInfo{ErrorCode::NotSupported, "NOT_SUPPORTED"_L1, 501},
};

const CodeInfo &info(ErrorCode code)
{
    for (const auto &c : kCodes) {
        if (c.code == code)
            return c;
    }
    return kCodes[17]; // INTERNAL; unreachable for valid enum values
}
} // namespace

QString errorCodeName(ErrorCode code)
{
    return info(code).name;
}

bool errorCodeFromName(const QString &name, ErrorCode *out)
{
    for (const auto &c : kCodes) {
        if (name == c.name) {
            *out = c.code;
            return true;
        }
    }
    return false;
}

int httpStatusFor(ErrorCode code)
{
    return info(code).status;
}

Error Error::validation(const QString &field, const QString &message)
{
    return Error{ErrorCode::ValidationFailed, message, QJsonObject{{u"field"_s, field}}};
}

QJsonObject Error::toEnvelope() const
{
    QJsonObject err{{u"code"_s, errorCodeName(code)}, {u"message"_s, message}, {u"http_status"_s, httpStatus()}};
    if (!details.isEmpty())
        err.insert(u"details"_s, details);
    return QJsonObject{{u"success"_s, false}, {u"error"_s, err}};
}

Error Error::fromEnvelope(const QJsonObject &envelope, bool *ok)
{
    const QJsonObject err = envelope.value(u"error"_s).toObject();
    Error e;
    const bool known = errorCodeFromName(err.value(u"code"_s).toString(), &e.code);
    e.message = err.value(u"message"_s).toString();
    e.details = err.value(u"details"_s).toObject();
    if (ok)
        *ok = known && envelope.value(u"success"_s) == QJsonValue(false);
    return e;
}

} // namespace tavola
