#pragma once

#include "httptypes.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tavola::server {

/// Why a request is refused before it is read any further: the status and a sentence.
struct HttpProblem
{
    int status;
    QString message;
};

/// Where the head of the request at the start of `buffered` ends.
struct HeadScan
{
    qsizetype headLength = -1; // up to (not including) the blank line's CRLF CRLF; -1: not yet
    std::optional<HttpProblem> problem; // bare LF line ends (400), head too large (431)
};
HeadScan scanHead(QByteArrayView buffered, qint64 maxHeaderBytes);

struct ParsedHead
{
    HttpRequest request; // method, path, query, headers, keep-alive (no peer, no body)
    qint64 bodyLength = 0;
    bool expectContinue = false;
};

/// Parses a request head (without its final CRLF CRLF) strictly: CRLF line ends, a
/// three-part request line with an origin-form target, "Name: value" headers, no chunked
/// bodies (411), a decimal Content-Length no larger than `maxBodyBytes` (else 400 or 413).
std::optional<HttpProblem> parseRequestHead(QByteArrayView head, qint64 maxBodyBytes, ParsedHead *out);

} // namespace tavola::server
