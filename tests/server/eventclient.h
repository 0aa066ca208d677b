#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>

namespace tavola::test {

/// A WebSocket client of /api/v1/events that collects the JSON messages it receives.
class EventClient : public QObject
{
public:
    QWebSocket ws;
    QList<QJsonObject> messages;

    EventClient()
    {
        connect(&ws, &QWebSocket::textMessageReceived, this,
                [this](const QString &m) { messages.append(QJsonDocument::fromJson(m.toUtf8()).object()); });
    }
    bool open(const QString &baseUrl, const QString &token, const QString &query = {})
    {
        QString url = baseUrl;
        url.replace(QStringLiteral("http://"), QStringLiteral("ws://"));
        QNetworkRequest req(QUrl(url + QStringLiteral("/api/v1/events") + query));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        ws.open(req);
        return QTest::qWaitFor(
                   [&] { return ws.state() == QAbstractSocket::ConnectedState || ws.state() == QAbstractSocket::UnconnectedState; }, 10000)
            && ws.state() == QAbstractSocket::ConnectedState;
    }
    /// The events received (messages with a seq), of `type` or all.
    QList<QJsonObject> events(const QString &type = {}) const
    {
        QList<QJsonObject> out;
        for (const auto &m : messages) {
            if (m.contains(QStringLiteral("seq")) && (type.isEmpty() || m.value(QStringLiteral("type")).toString() == type))
                out.append(m);
        }
        return out;
    }
    /// The seq of every event received, in the order received.
    QList<qint64> seqs() const
    {
        QList<qint64> out;
        for (const auto &e : events())
            out.append(e.value(QStringLiteral("seq")).toInteger());
        return out;
    }
    bool waitFor(const QString &type, int count = 1)
    {
        return QTest::qWaitFor([&] { return events(type).size() >= count; }, 10000);
    }
    bool waitForType(const QString &type)
    {
        return QTest::qWaitFor(
            [&] {
                for (const auto &m : messages)
                    if (m.value(QStringLiteral("type")).toString() == type)
                        return true;
                return false;
            },
            10000);
    }
    void send(const QJsonObject &o) { ws.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))); }
};

} // namespace tavola::test
