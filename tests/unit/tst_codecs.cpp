#include "domain/csv.h"
#include "domain/floorplan.h"
#include "domain/kitchenticket.h"
#include "domain/menu.h"
#include "domain/menutext.h"
#include "domain/order.h"
#include "domain/payment.h"
#include "domain/queueticket.h"
#include "domain/reports.h"
#include "domain/requests.h"
#include "domain/staff.h"
#include "domain/taxinvoice.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;

namespace {

QDateTime at(const char *iso)
{
    return parseTime(QString::fromLatin1(iso)).value();
}

QSet<QString> keys(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return {k.begin(), k.end()};
}

QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> s;
    for (const char *n : names)
        s.insert(QString::fromLatin1(n));
    return s;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

MenuItem sampleItem()
{
    MenuItem i;
    i.id = u"12"_s;
    i.categoryId = u"2"_s;
    i.name = u"Shrimp dumplings"_s;
    i.nameTh = u"ฮะเก๋า"_s;
    i.price = Money::fromBaht(89);
    i.station = u"dimsum"_s;
    i.modifiers = {Modifier{u"m1"_s, u"Extra shrimp"_s, u"เพิ่มกุ้ง"_s, Money::fromBaht(20), {}},
                   Modifier{u"m2"_s, u"Steamed"_s, u"นึ่ง"_s, {}, u"g1"_s},
                   Modifier{u"m3"_s, u"Fried"_s, u"ทอด"_s, Money::fromBaht(5), u"g1"_s}};
    i.modifierGroups = {ModifierGroup{u"g1"_s, u"Cooking"_s, u"วิธีทำ"_s, 1, 1}};
    return i;
}

Order sampleOrder()
{
    Order o;
    o.id = u"501"_s;
    o.number = 42;
    o.tableId = u"7"_s;
    o.guests = 4;
    o.status = OrderStatus::Serving;
    OrderLine a;
    a.id = u"1"_s;
    a.menuId = u"12"_s;
    a.name = u"Shrimp dumplings"_s;
    a.nameTh = u"ฮะเก๋า"_s;
    a.qty = 2;
    a.unitPrice = Money::fromBaht(60);
    a.kitchenStatus = KitchenStatus::Preparing;
    OrderLine b;
    b.id = u"2"_s;
    b.menuId = u"30"_s;
    b.name = u"Thai iced tea"_s;
    b.qty = 1;
    b.unitPrice = Money::fromBaht(20);
    b.modifiers = {LineModifier{u"m9"_s, u"Less sugar"_s, Money::fromBaht(5)}};
    b.note = u"no ice"_s;
    OrderLine c = b;
    c.id = u"3"_s;
    c.voided = true;
    c.voidReason = u"wrong table"_s;
    o.items = {a, b, c};
    o.discount.type = DiscountType::Percent;
    o.discount.percentBasisPoints = 1000;
    o.discount.reason = u"regular"_s;
    o.createdAt = at("2026-01-21T12:00:00Z");
    o.updatedAt = at("2026-01-21T12:05:00Z");
    TaxSettings s;
    s.serviceChargeBasisPoints = 1000;
    o.recompute(s);
    return o;
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private slots:
    void timesAreRfc3339Utc()
    {
        QCOMPARE(formatTime(at("2026-01-21T19:00:00+07:00")), u"2026-01-21T12:00:00Z"_s);
        // Every field, its leading zeros, the day it falls on in UTC, and milliseconds dropped.
        QCOMPARE(formatTime(at("2027-01-01T05:04:03.999+07:00")), u"2026-12-31T22:04:03Z"_s);
        QCOMPARE(formatTime(at("0999-02-03T04:05:06Z")), u"0999-02-03T04:05:06Z"_s);
        QCOMPARE(formatTime(at("1970-01-01T07:00:00+07:00")), u"1970-01-01T00:00:00Z"_s);
        QCOMPARE(formatTime(QDateTime()), QString());
        QVERIFY(!parseTime(u"2026-01-21"_s));
        QVERIFY(!parseTime(u"2026-01-21T12:00:00"_s)); // no offset
        QVERIFY(!parseTime(u"yesterday"_s));
        QVERIFY(parseTime(u"2026-01-21T12:00:00.250Z"_s));
    }

    void menuFieldsAndRoundTrip()
    {
        Menu m;
        m.version = 3;
        m.categories = {Category{u"2"_s, u"Dim sum"_s, u"ติ่มซำ"_s, 1}};
        m.items = {sampleItem()};
        const QJsonObject j = m.toJson();
        QCOMPARE(keys(j), set({"version", "categories", "items"}));
        QCOMPARE(keys(j[u"categories"_s].toArray().at(0).toObject()), set({"id", "name", "name_th", "sort"}));
        const QJsonObject item = j[u"items"_s].toArray().at(0).toObject();
        QCOMPARE(keys(item),
                 set({"id", "category_id", "name", "name_th", "price", "available", "station", "station_id", "modifiers", "modifier_groups",
                      "sort"}));
        QCOMPARE(item[u"price"_s].toString(), u"89.00"_s);
        QCOMPARE(item[u"station"_s].toString(), u"dimsum"_s);
        QCOMPARE(item[u"modifiers"_s].toArray().at(0).toObject()[u"price"_s].toString(), u"20.00"_s);
        QCOMPARE(item[u"modifiers"_s].toArray().size(), 3); // the flat list keeps every option
        const QJsonObject group = item[u"modifier_groups"_s].toArray().at(0).toObject();
        QCOMPARE(keys(group), set({"id", "name", "name_th", "min", "max", "options"}));
        QCOMPARE(group[u"options"_s].toArray().size(), 2);
        QCOMPARE(Menu::fromJson(j).value(), m);
        // A category not yet saved has no id, and its JSON says so rather than "id":"" (which
        // no decoder accepts; found by fuzz_requests).
        const Category fresh{QString(), u"Drinks"_s, u"เครื่องดื่ม"_s, 2};
        QVERIFY(!fresh.toJson().contains(u"id"_s));
        QCOMPARE(Category::fromJson(fresh.toJson()).value(), fresh);
    }

    // The menu editor's one-line options and groups: Thai names after "/", prices, the group's
    // rule; read back over the dish, every option and group whose name stays keeps its id.
    void menuOptionsAndGroupsAsTyped()
    {
        MenuItem dish;
        dish.modifiers = {Modifier{u"m1"_s, u"Extra egg"_s, u"ไข่เพิ่ม"_s, Money::fromSatang(1000), {}},
                          Modifier{u"m2"_s, u"Mild"_s, u"ไม่เผ็ด"_s, {}, u"g1"_s}, Modifier{u"m3"_s, u"Hot"_s, {}, {}, u"g1"_s},
                          Modifier{u"m4"_s, u"Crab"_s, {}, Money::fromSatang(2550), u"g2"_s}};
        dish.modifierGroups = {ModifierGroup{u"g1"_s, u"Spice"_s, u"ความเผ็ด"_s, 1, 1}, ModifierGroup{u"g2"_s, u"Extras"_s, {}, 0, 2}};
        QCOMPARE(menutext::optionsText(dish.modifiers), u"Extra egg/ไข่เพิ่ม +10.00"_s);
        QCOMPARE(menutext::groupsText(dish), u"Spice/ความเผ็ด*: Mild/ไม่เผ็ด | Hot; Extras [0-2]: Crab +25.50"_s);

        // Round trip: nothing changes.
        MenuItem again = dish;
        auto options = menutext::parseOptions(menutext::optionsText(dish.modifiers), again.modifiers);
        QVERIFY(options);
        again.modifiers = *options;
        QVERIFY(menutext::parseGroups(menutext::groupsText(dish), again));
        QCOMPARE(again.modifierGroups, dish.modifierGroups);
        std::sort(again.modifiers.begin(), again.modifiers.end(), [](const Modifier &a, const Modifier &b) { return a.id < b.id; });
        QCOMPARE(again.modifiers, dish.modifiers);

        // A Thai name given, an option added, a group renamed (a new group: a new id).
        MenuItem edited = dish;
        QVERIFY(menutext::parseGroups(u"Spice/เผ็ด [1-2]: Mild/ไม่เผ็ด | Hot/เผ็ดมาก | Thai hot +5; Sauce: Fish"_s, edited));
        QCOMPARE(edited.modifierGroups.size(), 2);
        QCOMPARE(edited.modifierGroups[0], (ModifierGroup{u"g1"_s, u"Spice"_s, u"เผ็ด"_s, 1, 2}));
        QCOMPARE(edited.modifierGroups[1].name, u"Sauce"_s);
        QVERIFY(edited.modifierGroups[1].id != u"g1"_s && edited.modifierGroups[1].id != u"g2"_s); // g2 was Extras
        const QList<Modifier> spice = edited.options(u"g1"_s);
        QCOMPARE(spice.size(), 3);
        QCOMPARE(spice[1], (Modifier{u"m3"_s, u"Hot"_s, u"เผ็ดมาก"_s, {}, u"g1"_s}));
        QVERIFY(spice[2].id.isEmpty());
        QCOMPARE(spice[2].price, Money::fromSatang(500));
        QVERIFY(edited.modifier(u"m1"_s)); // the free option stays
        QVERIFY(!edited.modifier(u"m4"_s)); // Extras is gone with its crab

        // What cannot be read is named, and changes nothing.
        for (const QString &bad : {u"Spice Mild | Hot"_s, u"Spice [2-1]: Mild"_s, u": Mild"_s, u"Spice*:"_s, u"Spice +5: Mild"_s}) {
            MenuItem kept = dish;
            const Status s = menutext::parseGroups(bad, kept);
            QVERIFY2(!s, qPrintable(bad));
            QCOMPARE(s.error().field(), u"modifier_groups"_s);
            QCOMPARE(s.error().message, bad);
            QCOMPARE(kept, dish);
        }
        const auto badOption = menutext::parseOptions(u"Egg +10, /ไข่"_s, dish.modifiers);
        QVERIFY(!badOption);
        QCOMPARE(badOption.error().message, u"/ไข่"_s);
    }

    void floorPlanFieldsAndRoundTrip()
    {
        FloorPlan p;
        p.version = 7;
        p.zones = {Zone{u"z1"_s, u"Indoor"_s}, Zone{u"z2"_s, u"Terrace"_s}};
        Table t;
        t.id = u"1"_s;
        t.name = u"T1"_s;
        t.zoneId = u"z1"_s;
        t.seats = 4;
        t.shape = TableShape::Round;
        t.x = 120.5;
        t.y = 40;
        t.w = 90;
        t.h = 90;
        t.rotation = 45;
        t.status = TableStatus::Serving;
        t.orderId = u"501"_s;
        t.guests = 3;
        t.seatedAt = at("2026-01-21T12:00:00Z");
        Table u;
        u.id = u"2"_s;
        u.name = u"T2"_s;
        u.zoneId = u"z2"_s;
        p.tables = {t, u};
        const QJsonObject j = p.toJson();
        QCOMPARE(keys(j), set({"version", "zones", "tables"}));
        QCOMPARE(
            keys(j[u"tables"_s].toArray().at(0).toObject()),
            set({"id", "name", "zone_id", "seats", "shape", "x", "y", "w", "h", "rotation", "status", "order_id", "guests", "seated_at"}));
        QVERIFY(j[u"tables"_s].toArray().at(1).toObject()[u"order_id"_s].isNull());
        QCOMPARE(keys(t.toStatusJson()), set({"id", "name", "status", "order_id", "order_ids", "guests", "seats", "seated_at"}));
        QCOMPARE(Table::fromStatusJson(t.toStatusJson())->seatedAt, t.seatedAt); // the floor plan's minutes seated
        QCOMPARE(FloorPlan::fromJson(j).value(), p);
    }

    void reportsKeepTheContractsShape()
    {
        // A Z report as the server freezes it, read back by a till: every figure survives.
        ShiftReport z;
        z.z = true;
        z.generatedAt = at("2026-01-21T22:00:00Z");
        z.sales = {3, Money::fromSatang(45000)};
        z.byMethod = {{u"cash"_s, 2, Money::fromSatang(30000), {1, Money::fromSatang(5000)}, Money::fromSatang(25000)},
                      {u"card"_s, 1, Money::fromSatang(15000), {}, Money::fromSatang(15000)}};
        z.refunds = {1, Money::fromSatang(5000)};
        z.net = Money::fromSatang(40000);
        z.vat = Money::fromSatang(2617);
        z.tips = {1, Money::fromSatang(2000)};
        z.tipsByStaff = {{u"Somchai"_s, {1, Money::fromSatang(2000)}}};
        z.cash = {Money::fromSatang(100000), Money::fromSatang(30000),  Money::fromSatang(5000),
                  Money::fromSatang(125000), Money::fromSatang(124900), Money::fromSatang(-100)};
        Shift shift;
        shift.id = u"7"_s;
        shift.cashierId = u"3"_s;
        shift.cashier = u"cashier1"_s;
        shift.status = Shift::Status::Closed;
        shift.openingCash = Money::fromSatang(100000);
        shift.countedCash = Money::fromSatang(124900);
        shift.expectedCash = Money::fromSatang(125000);
        shift.overShort = Money::fromSatang(-100);
        shift.closedBy = u"manager1"_s;
        z.shift = shift;
        const QJsonObject j = z.toJson();
        QCOMPARE(keys(j),
                 set({"type", "generated_at", "sales", "by_method", "refunds", "net", "discounts", "voids", "vat", "service_charge",
                      "cash_rounding", "unsettled_qr_payments", "tips", "tips_by_staff", "cash", "shift"}));
        QCOMPARE(j[u"type"_s].toString(), u"Z"_s);
        QCOMPARE(j[u"tips_by_staff"_s].toArray().first().toObject()[u"staff"_s].toString(), u"Somchai"_s);
        QCOMPARE(j[u"cash"_s].toObject()[u"over_short"_s].toString(), u"-1.00"_s);
        const auto back = ShiftReport::fromJson(j);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back.value(), z);
        // An open shift has no count yet: null, not zero.
        ShiftReport x = z;
        x.z = false;
        x.cash.counted.reset();
        x.cash.overShort.reset();
        QVERIFY(x.toJson()[u"cash"_s].toObject()[u"counted"_s].isNull());
        QCOMPARE(ShiftReport::fromJson(x.toJson()).value(), x);
        QCOMPARE(ShiftReport::fromJson(json(R"({"type":"Y"})")).error().field(), u"type"_s);

        SalesReport sales;
        sales.from = QDate(2026, 1, 1);
        sales.to = QDate(2026, 1, 31);
        sales.groupBy = u"method"_s;
        sales.rows = {{u"cash"_s,
                       u"cash"_s,
                       2,
                       Money::fromSatang(20000),
                       {},
                       Money::fromSatang(2000),
                       Money::fromSatang(1439),
                       Money::fromSatang(20561),
                       Money::fromSatang(22000)}};
        sales.totals = sales.rows.first();
        sales.totals.key = u"total"_s;
        sales.refunds = {0, {}};
        QCOMPARE(keys(sales.toJson()), set({"from", "to", "group_by", "rows", "totals", "refunds"}));
        QCOMPARE(sales.toJson()[u"from"_s].toString(), u"2026-01-01"_s);
        const auto salesBack = SalesReport::fromJson(sales.toJson());
        QVERIFY2(salesBack.ok(), salesBack.ok() ? "" : qPrintable(salesBack.error().message));
        QCOMPARE(salesBack.value(), sales);

        QueueReport queue;
        queue.from = queue.to = QDate(2026, 1, 21);
        queue.all = {5, 3, 1, 0, 1, 12.5, 20.0, {}};
        queue.byPrefix = {{2, 1, 1, 0, 0, 8.0, 8.0, u"A"_s}, {3, 2, 0, 0, 1, std::nullopt, std::nullopt, u"B"_s}};
        const QJsonObject q = queue.toJson();
        QVERIFY(!q.contains(u"prefix"_s));
        QVERIFY(q[u"by_prefix"_s].toArray().at(1).toObject()[u"average_wait_minutes"_s].isNull());
        const auto queueBack = QueueReport::fromJson(q);
        QVERIFY2(queueBack.ok(), queueBack.ok() ? "" : qPrintable(queueBack.error().message));
        QCOMPARE(queueBack.value(), queue);
    }

    void staffAndAuditKeepTheContractsShape()
    {
        const User u{u"4"_s, u"kitchen1"_s, u"Chef Lek"_s, Role::Kitchen, true};
        QCOMPARE(keys(u.toJson()), set({"id", "username", "display_name", "role", "active"}));
        QCOMPARE(u.toJson()[u"role"_s].toString(), u"kitchen"_s);
        QCOMPARE(User::fromJson(u.toJson()).value(), u);
        QCOMPARE(User::fromJson(json(R"({"id":"1","username":"x","role":"chef"})")).error().field(), u"role"_s);
        // Changes carry only what is set.
        UserChanges c;
        c.active = false;
        QCOMPARE(keys(c.toJson()), set({"active"}));
        AuditEntry e;
        e.id = u"9"_s;
        e.at = at("2026-01-21T12:00:00Z");
        e.actor = u"manager1"_s;
        e.action = u"user.update"_s;
        e.entity = u"user"_s;
        e.entityId = u"4"_s;
        e.before = QJsonObject{{u"active"_s, true}};
        e.after = QJsonObject{{u"active"_s, false}};
        QCOMPARE(keys(e.toJson()), set({"id", "at", "actor", "action", "entity", "entity_id", "before", "after", "request_id"}));
        QCOMPARE(AuditEntry::fromJson(e.toJson()).value(), e);
        AuditEntry created = e;
        created.before = {};
        QVERIFY(created.toJson()[u"before"_s].isNull()); // nothing before a creation
    }

    void floorPlanConsistencyIsChecked()
    {
        const auto dupTable = FloorPlan::fromJson(json(R"({"version":1,"zones":[{"id":"z","name":"In"}],"tables":[
            {"id":"1","name":"T1","zone_id":"z","seats":2,"x":0,"y":0,"w":80,"h":80},
            {"id":"1","name":"T2","zone_id":"z","seats":2,"x":0,"y":0,"w":80,"h":80}]})"));
        QCOMPARE(dupTable.error().field(), u"tables[1].id"_s);
        const auto badZone = FloorPlan::fromJson(json(R"({"version":1,"zones":[{"id":"z","name":"In"}],"tables":[
            {"id":"1","name":"T1","zone_id":"nowhere","seats":2,"x":0,"y":0,"w":80,"h":80}]})"));
        QCOMPARE(badZone.error().field(), u"tables[0].zone_id"_s);
        const auto badShape = FloorPlan::fromJson(json(R"({"version":1,"zones":[{"id":"z","name":"In"}],"tables":[
            {"id":"1","name":"T1","zone_id":"z","seats":2,"shape":"hexagon","x":0,"y":0,"w":80,"h":80}]})"));
        QCOMPARE(badShape.error().code, ErrorCode::ValidationFailed);
        QCOMPARE(badShape.error().field(), u"tables[0].shape"_s);
        const auto noSeats = FloorPlan::fromJson(json(R"({"version":1,"zones":[{"id":"z","name":"In"}],"tables":[
            {"id":"1","name":"T1","zone_id":"z","seats":0,"x":0,"y":0,"w":80,"h":80}]})"));
        QCOMPARE(noSeats.error().field(), u"tables[0].seats"_s);
    }

    void orderFieldsTotalsAndRoundTrip()
    {
        const Order o = sampleOrder();
        // 2 × 60 + (20 + 5) = 145; the voided line adds nothing; −10 % = 130.50; +10 % service.
        QCOMPARE(o.totals.subtotal.toString(), u"145.00"_s);
        QCOMPARE(o.totals.discount.toString(), u"14.50"_s);
        QCOMPARE(o.totals.serviceCharge.toString(), u"13.05"_s);
        QCOMPARE(o.totals.total.toString(), u"143.55"_s);
        QCOMPARE(o.totals.vat.toString(), u"9.39"_s); // 143.55 × 7 / 107 = 9.391…
        const QJsonObject j = o.toJson();
        for (const auto &k : {"id", "number", "table_id", "is_takeaway", "guests", "status", "items", "subtotal", "service_charge", "vat",
                              "discount", "total", "created_at", "updated_at", "paid_at"})
            QVERIFY2(j.contains(QLatin1String(k)), k);
        QVERIFY(j[u"paid_at"_s].isNull());
        const QJsonObject line = j[u"items"_s].toArray().at(1).toObject();
        for (const auto &k : {"id", "menu_id", "name", "qty", "unit_price", "modifiers", "note", "line_total", "kitchen_status", "voided"})
            QVERIFY2(line.contains(QLatin1String(k)), k);
        QCOMPARE(line[u"line_total"_s].toString(), u"25.00"_s);
        QCOMPARE(line[u"kitchen_status"_s].toString(), u"PENDING"_s);
        QCOMPARE(j[u"items"_s].toArray().at(0).toObject()[u"kitchen_status"_s].toString(), u"PREPARING"_s);
        QCOMPARE(Order::fromJson(j).value(), o);
    }

    void orderTypesRoundTrip()
    {
        Order o = sampleOrder();
        o.tableId.clear();
        o.type = OrderType::Delivery;
        o.isTakeaway = true;
        o.channel = Channel::LineMan;
        o.channelRef = u"LM-77"_s;
        o.customerName = u"Khun Ploy"_s;
        o.pickupCode = u"D004"_s;
        const QJsonObject j = o.toJson();
        QCOMPARE(j[u"type"_s].toString(), u"delivery"_s);
        QCOMPARE(j[u"channel"_s].toString(), u"lineman"_s);
        QCOMPARE(j[u"balance_due"_s].toString(), o.totals.total.toString());
        QCOMPARE(Order::fromJson(j).value(), o);

        CreateOrderRequest req;
        req.type = OrderType::Delivery;
        req.isTakeaway = true;
        req.channel = Channel::Grab;
        req.channelRef = u"GF-1"_s;
        const auto back = CreateOrderRequest::fromJson(req.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->type, OrderType::Delivery);
        QCOMPARE(back->channel, std::optional(Channel::Grab));
        QCOMPARE(back->channelRef, u"GF-1"_s);
        QVERIFY(back->tableId.isEmpty());
    }

    void orderThatDoesNotAddUpIsRejected()
    {
        QJsonObject j = sampleOrder().toJson();
        j[u"subtotal"_s] = u"999.00"_s;
        QCOMPARE(Order::fromJson(j).error().field(), u"subtotal"_s);
    }

    void orderEditability()
    {
        Order o = sampleOrder();
        QVERIFY(o.checkEditable().ok());
        o.status = OrderStatus::Checkout;
        QCOMPARE(o.checkEditable().error().code, ErrorCode::OrderLocked);
        o.status = OrderStatus::Paid;
        QCOMPARE(o.checkEditable().error().code, ErrorCode::OrderLocked);
    }

    // The rules a till can check before it asks the server (the server applies the same ones).
    void orderRulesByStatus()
    {
        Order o = sampleOrder();
        o.receiptNumber = u"POS01-000007"_s;
        const struct
        {
            OrderStatus status;
            bool discountable, movable;
            std::optional<ErrorCode> payable;
        } cases[] = {{OrderStatus::Open, true, true, ErrorCode::OrderLocked},
                     {OrderStatus::Serving, true, true, ErrorCode::OrderLocked},
                     {OrderStatus::Checkout, true, true, std::nullopt},
                     {OrderStatus::Paid, false, false, ErrorCode::AlreadyPaid},
                     {OrderStatus::Cancelled, false, false, ErrorCode::OrderLocked}};
        for (const auto &c : cases) {
            o.status = c.status;
            const QByteArray at = enumName(c.status).toLatin1();
            QVERIFY2(o.checkDiscountable().ok() == c.discountable, at);
            QVERIFY2(o.checkMovable().ok() == c.movable, at);
            if (c.payable)
                QVERIFY2(o.checkPayable().error().code == *c.payable, at);
            else
                QVERIFY2(o.checkPayable().ok(), at);
        }
        o.status = OrderStatus::Paid;
        QVERIFY(o.checkPayable().error().message.contains(u"POS01-000007"_s));
    }

    void tableSeatsUpToThreeGuestsPerSeat()
    {
        Table t;
        t.name = u"T4"_s;
        t.seats = 4;
        QVERIFY(t.checkGuests(12).ok());
        const Error e = t.checkGuests(13).error();
        QCOMPARE(e.code, ErrorCode::ValidationFailed);
        QCOMPARE(e.field(), u"guests"_s);
        QVERIFY(e.message.contains(u"T4"_s));
    }

    void queueTicketMasksPhone()
    {
        QueueTicket t;
        t.id = u"A007"_s;
        t.partySize = 2;
        t.phone = u"081-234-5678"_s;
        t.position = 3;
        t.etaMinutes = 15;
        t.statusUrl = u"/q/A007?t=abc"_s;
        t.createdAt = at("2026-01-21T12:00:00Z");
        const QJsonObject masked = t.toJson();
        QCOMPARE(masked[u"phone"_s].toString(), u"08x-xxx-5678"_s);
        for (const auto &k : {"ticket_id", "status", "position", "eta_minutes", "status_url", "party_size"})
            QVERIFY2(masked.contains(QLatin1String(k)), k);
        QCOMPARE(t.toJson(false)[u"phone"_s].toString(), u"081-234-5678"_s);
        QCOMPARE(QueueTicket::fromJson(t.toJson(false)).value(), t);
        QCOMPARE(maskPhone(u"+66812345678"_s), u"66xxxxx5678"_s);
        QCOMPARE(maskPhone(u"1234"_s), u"xxxx"_s);
        QCOMPARE(queuePrefixFor(1), u'A');
        QCOMPARE(queuePrefixFor(2), u'A');
        QCOMPARE(queuePrefixFor(3), u'B');
        QCOMPARE(queuePrefixFor(4), u'B');
        QCOMPARE(queuePrefixFor(5), u'C');
        QCOMPARE(queueTicketCode(u'A', 7), u"A007"_s);
    }

    void paymentShapesPerMethod()
    {
        Payment cash;
        cash.id = u"p1"_s;
        cash.orderId = u"501"_s;
        cash.status = PaymentStatus::Paid;
        cash.amount = Money::fromBaht(145);
        cash.amountReceived = Money::fromBaht(200);
        cash.change = Money::fromBaht(55);
        cash.receiptNumber = u"POS01-000123"_s;
        cash.paidAt = at("2026-01-21T12:10:00Z");
        const QJsonObject c = cash.toJson();
        for (const auto &k : {"payment_id", "status", "amount", "amount_received", "change", "cash_rounding", "receipt_number", "paid_at"})
            QVERIFY2(c.contains(QLatin1String(k)), k);
        QCOMPARE(c[u"change"_s].toString(), u"55.00"_s);
        QVERIFY(!c.contains(u"qr_payload"_s));
        QCOMPARE(Payment::fromJson(c).value(), cash);

        Payment pp;
        pp.id = u"p2"_s;
        pp.orderId = u"501"_s;
        pp.method = PaymentMethod::PromptPay;
        pp.amount = Money::fromBaht(145);
        pp.qrPayload = u"000201..."_s;
        pp.reference = u"TVL0001"_s;
        pp.expiresAt = at("2026-01-21T12:25:00Z");
        const QJsonObject q = pp.toJson();
        for (const auto &k : {"payment_id", "status", "amount", "qr_payload", "reference", "expires_at"})
            QVERIFY2(q.contains(QLatin1String(k)), k);
        QCOMPARE(q[u"status"_s].toString(), u"PENDING"_s);
        QCOMPARE(Payment::fromJson(q).value(), pp);

        // One tender of several, with a tip: both survive the trip; a whole-bill tender says neither.
        Payment part = pp;
        part.status = PaymentStatus::Paid;
        part.partial = true;
        part.tip = Money::fromBaht(20);
        const QJsonObject pj = part.toJson();
        QCOMPARE(pj[u"partial"_s].toBool(), true);
        QCOMPARE(pj[u"tip"_s].toString(), u"20.00"_s);
        QCOMPARE(Payment::fromJson(pj).value(), part);
        QVERIFY(!q.contains(u"partial"_s) && !q.contains(u"tip"_s));
    }

    void thaiTaxIdCheckDigit()
    {
        // The vectors of docs/domain.md, "Full tax invoice".
        for (const char *valid :
             {"0105551234567", "0105536000011", "3100101234566", "1234567890121", "0-1055-51234-56-7", "0105 5512 3456 7"})
            QVERIFY2(isValidThaiTaxId(QString::fromLatin1(valid)), valid);
        for (const char *invalid :
             {"0105551234568", "1234567890123", "010555123456", "01055512345670", "01055512345a7", "", "๐๑๐๕๕๕๑๒๓๔๕๖๗"})
            QVERIFY2(!isValidThaiTaxId(QString::fromUtf8(invalid)), invalid);
        QCOMPARE(normalizeTaxId(u"0-1055 5123-4567"_s), u"0105551234567"_s);
    }

    void taxInvoiceRoundTrip()
    {
        Order o;
        o.id = u"41"_s;
        o.receiptNumber = u"POS01-000041"_s;
        OrderLine pad;
        pad.name = u"Pad thai"_s;
        pad.nameTh = u"ผัดไทย"_s;
        pad.qty = 2;
        pad.unitPrice = Money::fromBaht(89);
        OrderLine voided = pad;
        voided.voided = true;
        o.items = {pad, voided};
        TaxSettings tax;
        tax.serviceChargeBasisPoints = 1000;
        o.recompute(tax);
        TaxInvoice t = TaxInvoice::forOrder(o, tax);
        t.invoiceNumber = u"POS01-TI-000007"_s;
        t.issuedAt = at("2026-06-15T06:00:00Z");
        t.buyer = TaxInvoiceBuyer::fromJson(
                      {{u"name"_s, u"บริษัท ตัวอย่าง จำกัด"_s}, {u"tax_id"_s, u"0105551234567"_s}, {u"address"_s, u"1 ถนนสีลม\nกรุงเทพฯ"_s}})
                      .value();
        QCOMPARE(t.buyer.branch, u"00000"_s);
        QCOMPARE(t.lines.size(), 1); // the void is not sold
        QCOMPARE(t.total, o.totals.total);
        QCOMPARE(t.net() + t.vat, t.total);
        const QJsonObject j = t.toJson();
        QCOMPARE(TaxInvoice::fromJson(j).value(), t);
        for (const auto &k : {"invoice_number", "order_id", "receipt_number", "buyer", "issued_at", "lines", "subtotal", "discount",
                              "service_charge", "vat", "total", "status"})
            QVERIFY2(j.contains(QLatin1String(k)), k);
        // The buyer's errors name the field under "buyer".
        QCOMPARE(
            TaxInvoiceBuyer::fromJson({{u"name"_s, u"A"_s}, {u"address"_s, u"B"_s}, {u"tax_id"_s, u"1234567890123"_s}}).error().field(),
            u"buyer.tax_id"_s);
        QCOMPARE(TaxInvoiceBuyer::fromJson({{u"name"_s, u"A"_s}}).error().field(), u"buyer.address"_s);
        QCOMPARE(TaxInvoiceBuyer::fromJson({{u"name"_s, QString(301, u'x')}, {u"address"_s, u"B"_s}}).error().field(), u"buyer.name"_s);
        QCOMPARE(TaxInvoiceBuyer::fromJson({{u"name"_s, u"A"_s}, {u"address"_s, u"B"_s}, {u"branch"_s, u"0001A"_s}}).error().field(),
                 u"buyer.branch"_s);
    }

    void kitchenTicketAge()
    {
        KitchenTicket k;
        k.id = u"k1"_s;
        k.orderId = u"501"_s;
        k.tableName = u"T7"_s;
        k.station = u"dimsum"_s;
        k.items = {KitchenTicketItem{u"ฮะเก๋า"_s, 2, {u"Extra shrimp"_s}, u"no MSG"_s}};
        k.createdAt = at("2026-01-21T12:00:00Z");
        const QJsonObject j = k.toJson(at("2026-01-21T12:03:30Z"));
        QCOMPARE(j[u"age_seconds"_s].toInt(), 210);
        for (const auto &key : {"id", "order_id", "table_name", "station", "status", "items", "created_at", "age_seconds"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(KitchenTicket::fromJson(j).value(), k);
    }

    void requestValidation_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // empty = valid
        QTest::newRow("order ok") << u"order"_s << QByteArray(R"({"table_id":"1","guests":4})") << QString();
        QTest::newRow("order int id") << u"order"_s << QByteArray(R"({"table_id":1,"guests":4})") << QString();
        QTest::newRow("takeaway ok") << u"order"_s << QByteArray(R"({"is_takeaway":true})") << QString();
        QTest::newRow("order no table") << u"order"_s << QByteArray(R"({"guests":4})") << u"table_id"_s;
        QTest::newRow("order float guests") << u"order"_s << QByteArray(R"({"table_id":"1","guests":2.5})") << u"guests"_s;
        QTest::newRow("order guests string") << u"order"_s << QByteArray(R"({"table_id":"1","guests":"4"})") << u"guests"_s;
        QTest::newRow("takeaway with table") << u"order"_s << QByteArray(R"({"is_takeaway":true,"table_id":"1"})") << u"table_id"_s;
        QTest::newRow("items ok") << u"items"_s << QByteArray(R"({"items":[{"menu_id":"1","qty":2,"modifier_ids":["m1"],"note":"mild"}]})")
                                  << QString();
        QTest::newRow("items empty") << u"items"_s << QByteArray(R"({"items":[]})") << u"items"_s;
        QTest::newRow("qty zero") << u"items"_s << QByteArray(R"({"items":[{"menu_id":"1","qty":0}]})") << u"items[0].qty"_s;
        QTest::newRow("qty 100") << u"items"_s << QByteArray(R"({"items":[{"menu_id":"1","qty":1},{"menu_id":"2","qty":100}]})")
                                 << u"items[1].qty"_s;
        QTest::newRow("item not object") << u"items"_s << QByteArray(R"({"items":[5]})") << u"items[0]"_s;
        QTest::newRow("bad modifier id") << u"items"_s << QByteArray(R"({"items":[{"menu_id":"1","qty":1,"modifier_ids":[true]}]})")
                                         << u"items[0].modifier_ids[0]"_s;
        QTest::newRow("discount ok") << u"discount"_s << QByteArray(R"({"type":"percent","value":"10","reason":"staff"})") << QString();
        QTest::newRow("discount bad type") << u"discount"_s << QByteArray(R"({"type":"bogo","value":"10","reason":"x"})") << u"type"_s;
        QTest::newRow("discount > 100%") << u"discount"_s << QByteArray(R"({"type":"percent","value":"150","reason":"x"})") << u"value"_s;
        QTest::newRow("discount no reason") << u"discount"_s << QByteArray(R"({"type":"amount","value":"10.00"})") << u"reason"_s;
        QTest::newRow("queue ok") << u"queue"_s << QByteArray(R"({"party_size":2,"phone":"081-234-5678"})") << QString();
        QTest::newRow("queue 0") << u"queue"_s << QByteArray(R"({"party_size":0})") << u"party_size"_s;
        QTest::newRow("queue 51") << u"queue"_s << QByteArray(R"({"party_size":51})") << u"party_size"_s;
        QTest::newRow("queue bad phone") << u"queue"_s << QByteArray(R"({"party_size":2,"phone":"call me"})") << u"phone"_s;
        QTest::newRow("cash ok") << u"payment"_s << QByteArray(R"({"order_id":"5","method":"cash","amount_received":"200.00"})")
                                 << QString();
        QTest::newRow("cash float") << u"payment"_s << QByteArray(R"({"order_id":"5","method":"cash","amount_received":200.0})")
                                    << u"amount_received"_s;
        QTest::newRow("cash 3 decimals") << u"payment"_s << QByteArray(R"({"order_id":"5","method":"cash","amount_received":"200.001"})")
                                         << u"amount_received"_s;
        QTest::newRow("cash negative") << u"payment"_s << QByteArray(R"({"order_id":"5","method":"cash","amount_received":"-1.00"})")
                                       << u"amount_received"_s;
        QTest::newRow("bitcoin") << u"payment"_s << QByteArray(R"({"order_id":"5","method":"bitcoin"})") << u"method"_s;
        QTest::newRow("card no code") << u"payment"_s << QByteArray(R"({"order_id":"5","method":"card"})") << u"approval_code"_s;
        QTest::newRow("promptpay ok") << u"payment"_s << QByteArray(R"({"order_id":"5","method":"promptpay"})") << QString();
        QTest::newRow("table status ok") << u"table"_s << QByteArray(R"({"status":"CLEANING"})") << QString();
        QTest::newRow("table status manual only") << u"table"_s << QByteArray(R"({"status":"SERVING"})") << u"status"_s;
        QTest::newRow("kitchen ok") << u"kitchen"_s << QByteArray(R"({"status":"READY"})") << QString();
        QTest::newRow("kitchen back to NEW") << u"kitchen"_s << QByteArray(R"({"status":"NEW"})") << u"status"_s;
    }
    void requestValidation()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto obj = parseJsonObject(body);
        QVERIFY(obj.ok());
        std::optional<Error> error;
        auto check = [&](const auto &r) {
            if (!r)
                error = r.error();
        };
        if (kind == u"order"_s)
            check(CreateOrderRequest::fromJson(*obj));
        else if (kind == u"items"_s)
            check(AddItemsRequest::fromJson(*obj));
        else if (kind == u"discount"_s)
            check(DiscountRequest::fromJson(*obj));
        else if (kind == u"queue"_s)
            check(QueueTicketRequest::fromJson(*obj));
        else if (kind == u"payment"_s)
            check(PaymentRequest::fromJson(*obj));
        else if (kind == u"table"_s)
            check(TableStatusRequest::fromJson(*obj));
        else if (kind == u"kitchen"_s)
            check(KitchenStatusRequest::fromJson(*obj));
        if (field.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        } else {
            QVERIFY(error.has_value());
            QCOMPARE(error->code, ErrorCode::ValidationFailed);
            QCOMPARE(error->field(), field);
            QVERIFY(!error->message.isEmpty());
        }
    }

    void requestsRoundTrip()
    {
        AddItemsRequest items;
        items.items = {AddItemRequest{u"12"_s, 3, {u"m1"_s}, u"mild"_s}};
        const auto back = AddItemsRequest::fromJson(items.toJson()).value();
        QCOMPARE(back.items.at(0).menuId, u"12"_s);
        QCOMPARE(back.items.at(0).qty, 3);
        QCOMPARE(back.items.at(0).modifierIds, QStringList{u"m1"_s});
        DiscountRequest d;
        d.discount.type = DiscountType::Percent;
        d.discount.percentBasisPoints = 750;
        d.discount.reason = u"staff meal"_s;
        QCOMPARE(d.toJson()[u"value"_s].toString(), u"7.5"_s);
        QCOMPARE(DiscountRequest::fromJson(d.toJson()).value().discount, d.discount);
        PaymentRequest p;
        p.orderId = u"9"_s;
        p.amountReceived = Money::fromBaht(500);
        QCOMPARE(PaymentRequest::fromJson(p.toJson()).value().amountReceived, Money::fromBaht(500));
        p.amount = Money::fromBaht(120);
        QCOMPARE(PaymentRequest::fromJson(p.toJson()).value().amount, std::optional(Money::fromBaht(120)));
        p.tip = Money::fromBaht(10); // a cash tip is the guest's change, not a tip
        QCOMPARE(PaymentRequest::fromJson(p.toJson()).error().field(), u"tip"_s);
        p.method = PaymentMethod::Card;
        p.approvalCode = u"A1"_s;
        QCOMPARE(PaymentRequest::fromJson(p.toJson()).value().tip, Money::fromBaht(10));
        p.amount = Money();
        QCOMPARE(PaymentRequest::fromJson(p.toJson()).error().field(), u"amount"_s);

        // Checks and moves: the parts as the till sends them and the server reads them.
        const SplitRequest split{{{LinePart{u"41"_s, 2}}, {LinePart{u"42"_s, 1}, LinePart{u"43"_s, 3}}}};
        const auto splitBack = SplitRequest::fromJson(split.toJson()).value();
        QCOMPARE(splitBack.parts.size(), 2);
        QCOMPARE(splitBack.parts[1].size(), 2);
        QCOMPARE(splitBack.parts[1][1].itemId, u"43"_s);
        QCOMPARE(splitBack.parts[1][1].qty, 3);
        MoveItemsRequest move{{LinePart{u"41"_s, 1}}, {}, u"7"_s};
        const auto moveBack = MoveItemsRequest::fromJson(move.toJson()).value();
        QCOMPARE(moveBack.toTableId, u"7"_s);
        QVERIFY(moveBack.toOrderId.isEmpty());
        QCOMPARE(moveBack.items.at(0).itemId, u"41"_s);
        move.toOrderId = u"9"_s; // both destinations: refused
        QCOMPARE(MoveItemsRequest::fromJson(move.toJson()).error().field(), u"to_order_id"_s);
    }

    void csvRoundTripsWhatSpreadsheetsHold()
    {
        const QStringList header{u"name"_s, u"name_th"_s, u"price"_s};
        const QList<QStringList> rows{{u"Pad thai, large"_s, u"ผัดไทย \"พิเศษ\""_s, u"99.00"_s},
                                      {u"Two\nlines"_s, QString(), u"=1+1"_s},
                                      {u"@home"_s, u"'quoted'"_s, u"-5.00"_s}};
        const QByteArray bytes = csv::file(header, rows);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets read the Thai as Thai
        QVERIFY(bytes.contains("\"Pad thai, large\""));
        QVERIFY(bytes.contains("'=1+1")); // never run as a formula
        const auto back = csv::parse(bytes);
        QVERIFY(back);
        QCOMPARE(back->size(), 4);
        QCOMPARE(back->at(0), header);
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(back->at(i + 1), rows[i]);
        // LF endings, no BOM, blank lines, a last line without its end.
        QCOMPARE(csv::parse("a,b\n\nc,d").value(), (QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}));
        QCOMPARE(csv::parse("a,\"\"\r\n").value(), (QList<QStringList>{{u"a"_s, QString()}}));
        // Broken quoting is refused with the line it is on.
        QCOMPARE(csv::parse("a,b\n\"open,c\n").error().code, ErrorCode::ValidationFailed);
        QVERIFY(csv::parse("a,b\nx\"y,c\n").error().message.contains(u"Line 2"_s));
        QVERIFY(csv::parse("a,\"b\"c\n").error().message.contains(u"Line 1"_s));
    }

    void malformedJsonAndEnvelopes()
    {
        QCOMPARE(parseJsonObject("{\"a\":").error().code, ErrorCode::MalformedJson);
        QCOMPARE(parseJsonObject("not json").error().code, ErrorCode::MalformedJson);
        QCOMPARE(parseJsonObject("[1,2]").error().code, ErrorCode::ValidationFailed);
        // Numbers exactly as RFC 8259 writes them: "5." or "01" is not 5 or 1.
        for (const char *loose : {"{\"qty\":5.}", "{\"qty\":01}", "{\"qty\":+1}", "{\"qty\":.5}", "{\"qty\":1.e3}", "{\"qty\":-}",
                                  "{\"qty\":1e}", "{\"a\":[1,2.]}", "{\"qty\":5.5.5}"}) {
            const auto r = parseJsonObject(loose);
            QVERIFY2(!r.ok() && r.error().code == ErrorCode::MalformedJson, loose);
        }
        for (const char *strict : {"{\"qty\":5}", "{\"qty\":0}", "{\"qty\":-0.5}", "{\"qty\":1e3}", "{\"qty\":1.5E+2}",
                                   "{\"a\":[0,10,2.25]}", "{\"note\":\"5. 01 +1 .5 \\\" 5.\"}", "{ \"qty\" : 7 , \"ok\":true,\"n\":null}"})
            QVERIFY2(parseJsonObject(strict).ok(), strict);
        const Error e = Error::validation(u"qty"_s, u"qty must be between 1 and 99"_s);
        const QJsonObject env = e.toEnvelope();
        QCOMPARE(env[u"success"_s].toBool(true), false);
        const QJsonObject err = env[u"error"_s].toObject();
        QCOMPARE(err[u"code"_s].toString(), u"VALIDATION_FAILED"_s);
        QCOMPARE(err[u"http_status"_s].toInt(), 400);
        QCOMPARE(err[u"details"_s].toObject()[u"field"_s].toString(), u"qty"_s);
        bool ok = false;
        QCOMPARE(Error::fromEnvelope(env, &ok), e);
        QVERIFY(ok);
        QCOMPARE(httpStatusFor(ErrorCode::IdempotencyKeyReused), 422);
        QCOMPARE(httpStatusFor(ErrorCode::RateLimited), 429);
        QCOMPARE(httpStatusFor(ErrorCode::Unavailable), 503);
        QCOMPARE(errorCodeName(ErrorCode::RequestInProgress), u"REQUEST_IN_PROGRESS"_s);
    }

    void modifierGroupsKeepTheirMinAndMax()
    {
        const MenuItem dumplings = sampleItem(); // Cooking: exactly one of steamed, fried
        QVERIFY(dumplings.checkChoices({u"m2"_s}).ok());
        QVERIFY(dumplings.checkChoices({u"m3"_s, u"m1"_s}).ok());
        const Status none = dumplings.checkChoices({u"m1"_s});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().message, u"Shrimp dumplings: choose 1 of Cooking"_s);
        QVERIFY(!dumplings.checkChoices({u"m2"_s, u"m3"_s}).ok());
        // A request's groups: ids given to new groups, options read into the flat list.
        auto read = MenuItem::fromJson(json(R"({"category_id":"1","name":"Som tam","price":"60.00","modifier_groups":[
                {"name":"Spice","min":1,"max":1,"options":[{"name":"Mild"},{"name":"Hot"}]},
                {"name":"Extras","max":2,"options":[{"name":"Crab","price":"10.00"},{"name":"Egg","price":"10.00"},{"name":"Pork","price":"15.00"}]}]})"),
                                       false);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->modifierGroups.size(), 2);
        QCOMPARE(read->modifierGroups.at(0).id, u"g1"_s);
        QCOMPARE(read->modifierGroups.at(1).id, u"g2"_s);
        QCOMPARE(read->options(u"g2"_s).size(), 3);
        QCOMPARE(read->modifiers.size(), 5);
        // min above max, min above the options, a group without options: refused, naming the field.
        for (
            const char *bad :
            {R"({"category_id":"1","name":"X","price":"1.00","modifier_groups":[{"name":"A","min":2,"max":1,"options":[{"name":"a"},{"name":"b"}]}]})",
             R"({"category_id":"1","name":"X","price":"1.00","modifier_groups":[{"name":"A","min":3,"max":3,"options":[{"name":"a"}]}]})",
             R"({"category_id":"1","name":"X","price":"1.00","modifier_groups":[{"name":"A","options":[]}]})"}) {
            auto r = MenuItem::fromJson(json(bad), false);
            QVERIFY2(!r.ok(), bad);
            QVERIFY2(r.error().field().startsWith(u"modifier_groups[0]"_s), qPrintable(r.error().field()));
        }
    }

    void menuItemValidation()
    {
        QCOMPARE(MenuItem::fromJson(json(R"({"category_id":"1","name":"Tea","price":25})"), false).error().field(), u"price"_s);
        QCOMPARE(MenuItem::fromJson(json(R"({"category_id":"1","name":"  ","price":"25.00"})"), false).error().field(), u"name"_s);
        QCOMPARE(
            MenuItem::fromJson(json(R"({"category_id":"1","name":"Tea","price":"25.00","station":"Grill Room"})"), false).error().field(),
            u"station"_s);
        // Any station of the shop's (the server checks it is one); station_id is the new name.
        QCOMPARE(
            MenuItem::fromJson(json(R"({"category_id":"1","name":"Tea","price":"25.00","station_id":"grill"})"), false).value().station,
            u"grill"_s);
        QCOMPARE(MenuItem::fromJson(json(R"({"category_id":"1","name":"Tea","price":"25.00","modifiers":[{"name":"x","price":"1.005"}]})"),
                                    false)
                     .error()
                     .field(),
                 u"modifiers[0].price"_s);
        QVERIFY(MenuItem::fromJson(json(R"({"category_id":"1","name":"Tea","name_th":"ชา","price":"25.00"})"), false).ok());
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
