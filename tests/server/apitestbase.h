#pragma once
// The base of the REST contract tests: a fresh tavola-server per test (SQLite, or PostgreSQL under
// TAVOLA_TEST_BACKEND=pg), signed-in clients of the demo staff, and the small steps most tests
// take (open an order, add items, find a dish, read a table's status). Each tst_server_*.cpp of
// the contract derives from it and tests one resource; init and cleanup run for every test.
#include "serverharness.h"
#include "serverstate.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUuid>

namespace tavola::test {

using namespace Qt::StringLiterals;

class ApiTestBase : public QObject
{
    Q_OBJECT

protected:
    ServerFixture m_fx;
    std::unique_ptr<Api> m_api;

    Api staff(const QString &user) { return staffApi(m_fx.url(), user); }

    /// Another server instance on the fixture's database and configuration (a free port),
    /// started; null when it did not start. (Several instances share one PostgreSQL database.)
    std::unique_ptr<server::TavolaServer> startSecondInstance()
    {
        server::ServerConfig second = m_fx.config();
        second.port = 0;
        auto b = std::make_unique<server::TavolaServer>(second);
        if (!b->start().ok())
            return nullptr;
        return b;
    }

    QString openOrder(Api &a, const QString &tableId, int guests = 2)
    {
        const Reply r = a.postNew(u"/api/v1/orders"_s, {{u"table_id"_s, tableId}, {u"guests"_s, guests}});
        return r.status == 201 ? r.object().value(u"id"_s).toString() : QString();
    }

    Reply addItems(Api &a, const QString &orderId, const QJsonArray &items)
    {
        return a.postNew(u"/api/v1/orders/%1/items"_s.arg(orderId), {{u"items"_s, items}});
    }

    static QJsonObject item(const QString &menuId, int qty, const QStringList &mods = {}, const QString &note = {})
    {
        QJsonObject o{{u"menu_id"_s, menuId}, {u"qty"_s, qty}, {u"modifier_ids"_s, QJsonArray::fromStringList(mods)}};
        if (!note.isEmpty())
            o.insert(u"note"_s, note);
        return o;
    }

    /// Finds a demo menu item by English name.
    QString menuId(const QString &name)
    {
        const Reply r = Api(m_fx.url()).get(u"/api/v1/menu"_s);
        for (const auto &v : r.object().value(u"items"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject().value(u"id"_s).toString();
        }
        return {};
    }

    QString tableStatus(const QString &tableId)
    {
        Api a = staff(u"waiter1"_s);
        for (const auto &v : a.get(u"/api/v1/tables"_s).object().value(u"tables"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString() == tableId)
                return v.toObject().value(u"status"_s).toString();
        }
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.start());
        m_api = std::make_unique<Api>(m_fx.url());
    }

    void cleanup()
    {
        m_api.reset();
        m_fx.stop();
    }
};

} // namespace tavola::test
