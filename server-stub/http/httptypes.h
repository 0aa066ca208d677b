#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace tavola::server {

/// One parsed HTTP/1.1 request. Header names are stored lower-case.
struct HttpRequest
{
    QByteArray method;
    QString path; // decoded path, no query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    bool keepAlive = true;

    QByteArray header(QByteArrayView name) const;
    bool isLoopback() const;
};

struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace tavola::server
