#pragma once
// A blocking JSON-over-HTTP call for the benchmarks (the event loop keeps running meanwhile).
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

struct BenchHttp
{
    QNetworkAccessManager nam;
    QString base;
    QByteArray token;

    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body = {}, int *status = nullptr)
    {
        QNetworkRequest req(QUrl(base + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setTransferTimeout(600000);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        std::unique_ptr<QNetworkReply> r(nam.sendCustomRequest(req, method, body));
        QEventLoop loop;
        QObject::connect(r.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return QJsonDocument::fromJson(r->readAll()).object();
    }
};
