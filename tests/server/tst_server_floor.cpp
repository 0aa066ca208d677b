// /api/v1/menu, /api/v1/floor-plan and /api/v1/tables: managing the menu, saving the floor plan
// with its version conflicts, and a table's status set by hand.
#include "apitestbase.h"

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

class TestServerFloor : public ApiTestBase
{
    Q_OBJECT

private slots:
    void menuManagement()
    {
        Api m = staff(u"manager1"_s);
        const Reply cat = m.postNew(u"/api/v1/menu/categories"_s,
                                    {{u"name"_s, u"Specials"_s}, {u"name_th"_s, u"เมนูพิเศษ"_s}, {u"sort"_s, 9}});
        CHECK_STATUS(cat, 201);
        const QString catId = cat.object().value(u"id"_s).toString();
        const qint64 before = m.get(u"/api/v1/menu"_s).object().value(u"version"_s).toInteger();
        const Reply created = m.postNew(u"/api/v1/menu/items"_s,
                                        {{u"category_id"_s, catId},
                                         {u"name"_s, u"Durian puffs"_s},
                                         {u"name_th"_s, u"พัฟทุเรียน"_s},
                                         {u"price"_s, u"79.00"_s},
                                         {u"station"_s, u"dimsum"_s},
                                         {u"modifiers"_s, QJsonArray{QJsonObject{{u"name"_s, u"Extra"_s}, {u"price"_s, u"10.00"_s}}}}});
        CHECK_STATUS(created, 201);
        const QString id = created.object().value(u"id"_s).toString();
        QCOMPARE(created.object().value(u"modifiers"_s).toArray().size(), 1);
        QVERIFY(m.get(u"/api/v1/menu"_s).object().value(u"version"_s).toInteger() > before);
        const Reply badPrice = m.postNew(u"/api/v1/menu/items"_s, {{u"category_id"_s, catId}, {u"name"_s, u"X"_s}, {u"price"_s, 79}});
        CHECK_STATUS(badPrice, 400);
        QCOMPARE(badPrice.errorField(), u"price"_s);
        const Reply badCat = m.postNew(u"/api/v1/menu/items"_s,
                                       {{u"category_id"_s, u"777"_s}, {u"name"_s, u"X"_s}, {u"price"_s, u"1.00"_s}});
        QCOMPARE(badCat.errorField(), u"category_id"_s);
        CHECK_STATUS(m.request("DELETE", u"/api/v1/menu/items/"_s + id), 204);
        for (const auto &v : m.get(u"/api/v1/menu"_s).object().value(u"items"_s).toArray())
            QVERIFY(v.toObject().value(u"id"_s).toString() != id);
        CHECK_STATUS(m.request("DELETE", u"/api/v1/menu/items/424242"_s), 404);
    }

    void manualTableStatus()
    {
        Api w = staff(u"waiter1"_s);
        // The answer is the table as saved: as the table list shows it afterwards.
        const auto listed = [&w](const QString &id) {
            for (const auto &v : w.get(u"/api/v1/tables"_s).object().value(u"tables"_s).toArray()) {
                if (v.toObject().value(u"id"_s).toString() == id)
                    return v.toObject();
            }
            return QJsonObject();
        };
        Reply r = w.request("PATCH", u"/api/v1/tables/1"_s, {{u"status"_s, u"CLEANING"_s}});
        CHECK_STATUS(r, 200);
        QCOMPARE(r.object().value(u"status"_s).toString(), u"CLEANING"_s);
        QCOMPARE(r.object(), listed(u"1"_s));
        r = w.request("PATCH", u"/api/v1/tables/1"_s, {{u"status"_s, u"VACANT"_s}});
        CHECK_STATUS(r, 200);
        QCOMPARE(r.object(), listed(u"1"_s));
        r = w.request("PATCH", u"/api/v1/tables/1"_s, {{u"status"_s, u"SERVING"_s}});
        CHECK_STATUS(r, 400);
        QCOMPARE(r.errorField(), u"status"_s);
        openOrder(w, u"2"_s);
        r = w.request("PATCH", u"/api/v1/tables/2"_s, {{u"status"_s, u"CLEANING"_s}});
        CHECK_STATUS(r, 409);
        QCOMPARE(r.errorCode(), u"TABLE_OCCUPIED"_s);
        CHECK_STATUS(w.request("PATCH", u"/api/v1/tables/nope"_s, {{u"status"_s, u"CLEANING"_s}}), 404);
    }

    void floorPlanSaveAndConflicts()
    {
        Api m = staff(u"manager1"_s);
        QJsonObject plan = m.get(u"/api/v1/floor-plan"_s).object();
        const qint64 version = plan.value(u"version"_s).toInteger();
        QJsonArray tables = plan.value(u"tables"_s).toArray();
        QJsonObject t1 = tables.at(0).toObject();
        t1[u"x"_s] = 333.5;
        t1[u"rotation"_s] = 90;
        tables[0] = t1;
        tables.append(QJsonObject{{u"id"_s, u"new-1"_s},
                                  {u"name"_s, u"T99"_s},
                                  {u"zone_id"_s, u"terrace"_s},
                                  {u"seats"_s, 4},
                                  {u"shape"_s, u"round"_s},
                                  {u"x"_s, 10},
                                  {u"y"_s, 900},
                                  {u"w"_s, 90},
                                  {u"h"_s, 90},
                                  {u"rotation"_s, 0}});
        plan[u"tables"_s] = tables;
        const Reply saved = m.request("PUT", u"/api/v1/floor-plan"_s, plan);
        CHECK_STATUS(saved, 200);
        QCOMPARE(saved.object().value(u"version"_s).toInteger(), version + 1);
        QCOMPARE(saved.object().value(u"tables"_s).toArray().at(0).toObject().value(u"x"_s).toDouble(), 333.5);
        QCOMPARE(saved.object().value(u"tables"_s).toArray().size(), tables.size());

        const Reply stale = m.request("PUT", u"/api/v1/floor-plan"_s, plan); // still the old version
        CHECK_STATUS(stale, 409);
        QCOMPARE(stale.errorCode(), u"VERSION_CONFLICT"_s);

        Api w = staff(u"waiter1"_s);
        openOrder(w, u"new-1"_s);
        QJsonObject latest = saved.object();
        QJsonArray without;
        for (const auto &t : latest.value(u"tables"_s).toArray())
            if (t.toObject().value(u"id"_s).toString() != u"new-1"_s)
                without.append(t);
        latest[u"tables"_s] = without;
        const Reply occupied = m.request("PUT", u"/api/v1/floor-plan"_s, latest);
        CHECK_STATUS(occupied, 409);
        QCOMPARE(occupied.errorCode(), u"TABLE_OCCUPIED"_s);

        QJsonObject broken = saved.object();
        QJsonArray bt = broken.value(u"tables"_s).toArray();
        QJsonObject b0 = bt.at(0).toObject();
        b0[u"zone_id"_s] = u"mars"_s;
        bt[0] = b0;
        broken[u"tables"_s] = bt;
        const Reply invalid = m.request("PUT", u"/api/v1/floor-plan"_s, broken);
        CHECK_STATUS(invalid, 400);
        QCOMPARE(invalid.errorField(), u"tables[0].zone_id"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerFloor)
#include "tst_server_floor.moc"
