#pragma once

#include <QJsonObject>
#include <QString>

#include <utility>
#include <variant>

namespace tavola {

/// The API's error codes (docs/api.md), shared by server and clients.
enum class ErrorCode {
    MalformedJson,
    ValidationFailed,
    Unauthenticated,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    TableOccupied,
    OrderLocked,
    AlreadyPaid,
    InvalidTransition,
    RequestInProgress,
    VersionConflict,
    ItemUnavailable,
    PayloadTooLarge,
    IdempotencyKeyReused,
    InsufficientAmount,
    RateLimited,
    Internal,
    Unavailable,
    StorageFull,
    SlipAlreadyUsed,
    SlipNotVerified,
    SlipAmountMismatch,
    AmountExceedsBalance,
    AlreadyIssued,
    NotSupported, // 501: this server's setup does not do it (a backup on PostgreSQL)
};

QString errorCodeName(ErrorCode code); // "ORDER_LOCKED"
bool errorCodeFromName(const QString &name, ErrorCode *out);
int httpStatusFor(ErrorCode code); // 409

/// An error as a value: the API code, a human message and optional details (e.g. {"field": "qty"}).
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QJsonObject details;

    static Error validation(const QString &field, const QString &message);
    QString field() const { return details.value(QLatin1String("field")).toString(); }
    int httpStatus() const { return httpStatusFor(code); }
    /// The API's error envelope: {"success": false, "error": {...}}.
    QJsonObject toEnvelope() const;
    static Error fromEnvelope(const QJsonObject &envelope, bool *ok = nullptr);
    bool operator==(const Error &other) const = default;
};

/// A value or an Error, in the spirit of std::expected (not available in C++20).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) { } // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) { } // NOLINT(google-explicit-constructor)

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation that has no value.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { } // NOLINT(google-explicit-constructor)
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace tavola
