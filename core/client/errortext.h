#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace tavola::client {

/// What a cashier reads for an API error, in the UI language (Thai or English): one sentence per
/// error code that says what happened and what to do. The server's own message (English, for
/// developers and logs) stays in Error::message.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString forError(const Error &error);
    static QString forCode(ErrorCode code);
};

} // namespace tavola::client
