#pragma once
// Helpers for the client tests: wait for an asynchronous ApiClient call.
#include "apiclient.h"

#include <QTest>

#include <optional>

namespace tavola::test {

/// Runs `start` with a callback and waits (event loop running) for its result.
template<typename T>
Result<T> await(const std::function<void(client::ApiClient::Callback<T>)> &start, int timeoutMs = 20000)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return Error{ErrorCode::Internal, QStringLiteral("timed out waiting for the call"), {}};
    return std::move(*out);
}

#define AWAIT(T, expr) ::tavola::test::await<T>([&](::tavola::client::ApiClient::Callback<T> cb) { expr; })

/// QVERIFY that a Result is ok, showing its error otherwise.
/// Evaluates `result` once (it is often the request itself).
#define CHECK_OK(result)                                                                                                                   \
    do {                                                                                                                                   \
        const auto &checkedResult_ = (result);                                                                                             \
        QVERIFY2(checkedResult_.ok(), qPrintable(checkedResult_.ok() ? QString() : checkedResult_.error().message));                       \
    } while (false)

} // namespace tavola::test
