#include "httpparser.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tavola::server {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool HttpRequest::isLoopback() const
{
    return peer.isLoopback() || peer.toString().startsWith(u"::ffff:127."_s);
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

HeadScan scanHead(QByteArrayView buffered, qint64 maxHeaderBytes)
{
    HeadScan scan;
    const qsizetype end = buffered.indexOf(QByteArrayView("\r\n\r\n"));
    const qsizetype bareLf = buffered.indexOf(QByteArrayView("\n\n"));
    if (bareLf >= 0 && (end < 0 || bareLf < end)) {
        scan.problem = HttpProblem{400, u"Header lines must end with CRLF"_s};
        return scan;
    }
    if (end < 0) {
        if (buffered.size() > maxHeaderBytes)
            scan.problem = HttpProblem{431, u"The request headers are too large"_s};
        return scan;
    }
    if (end > maxHeaderBytes) {
        scan.problem = HttpProblem{431, u"The request headers are too large"_s};
        return scan;
    }
    scan.headLength = end;
    return scan;
}

namespace {

/// A request target Qt's URL parser would give back unchanged as its path: '/' then letters,
/// digits and - . _ ~ / only (no query, no escapes).
bool isPlainPath(QByteArrayView target)
{
    if (target.isEmpty() || target[0] != '/')
        return false;
    return std::all_of(target.cbegin(), target.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~'
            || c == '/';
    });
}

} // namespace

std::optional<HttpProblem> parseRequestHead(QByteArrayView head, qint64 maxBodyBytes, ParsedHead *out)
{
    // Read in place, line by line: splitting the head into lists cost a tenth of a small request.
    for (qsizetype nl = head.indexOf('\n'); nl >= 0; nl = head.indexOf('\n', nl + 1)) {
        if (nl == 0 || head[nl - 1] != '\r')
            return HttpProblem{400, u"Header lines must end with CRLF"_s};
    }
    qsizetype lineEnd = head.indexOf('\n');
    const QByteArrayView requestLine = head.first(lineEnd < 0 ? head.size() : lineEnd).trimmed();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (requestLine.count(' ') != 2 || !requestLine.sliced(lastSpace + 1).startsWith("HTTP/1."))
        return HttpProblem{400, u"Malformed request line"_s};
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    HttpRequest &request = out->request;
    request = HttpRequest{};
    request.method = requestLine.first(firstSpace).toByteArray();
    if (isPlainPath(target)) {
        request.path = QString::fromLatin1(target);
    } else {
        // Read after a scheme and host, so that a target starting "//" is a path, not a host.
        const QUrl url = QUrl::fromEncoded("http://localhost" + target.toByteArray(), QUrl::StrictMode);
        if (!url.isValid() || !target.startsWith('/'))
            return HttpProblem{400, u"Malformed request target"_s};
        request.path = url.path();
        request.query = QUrlQuery(url);
    }
    const bool http10 = requestLine.sliced(lastSpace + 1) == "HTTP/1.0";
    while (lineEnd >= 0) {
        const qsizetype from = lineEnd + 1;
        lineEnd = head.indexOf('\n', from);
        const QByteArrayView line = head.sliced(from, (lineEnd < 0 ? head.size() : lineEnd) - from).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return HttpProblem{400, u"Malformed header line"_s};
        request.headers.append({line.first(colon).trimmed().toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    const QByteArray connection = request.header("connection").toLower();
    request.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    out->expectContinue = request.header("expect").toLower() == "100-continue";
    if (!request.header("transfer-encoding").isEmpty())
        return HttpProblem{411, u"Chunked request bodies are not supported; send Content-Length"_s};
    const QByteArray lengthText = request.header("content-length");
    const auto lengths = std::count_if(request.headers.cbegin(), request.headers.cend(),
                                       [](const auto &h) { return h.first == "content-length"; });
    const bool digitsOnly = std::all_of(lengthText.cbegin(), lengthText.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (lengths > 1 || !digitsOnly || lengthText.size() > 18)
        return HttpProblem{400, u"Malformed Content-Length"_s};
    out->bodyLength = lengthText.isEmpty() ? 0 : lengthText.toLongLong();
    if (out->bodyLength > maxBodyBytes)
        return HttpProblem{413, u"The request body is larger than %1 bytes"_s.arg(maxBodyBytes)};
    return std::nullopt;
}

} // namespace tavola::server
