// ApiClient against a real in-process tavola-server over loopback: every endpoint group, typed
// errors with the cashier's sentence in Thai and English, transparent token refresh under
// concurrent calls, and retries that keep the idempotency key.
#include "apiclient.h"
#include "clienttest.h"
#include "errortext.h"
#include "serverharness.h"
#include "serverstate.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTimer>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::client;
using namespace tavola::test;

class TestClientApi : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    std::unique_ptr<ApiClient> signedIn(const QString &user)
    {
        auto api = std::make_unique<ApiClient>();
        api->setBaseUrl(m_fx.url());
        auto s = AWAIT(AuthSession, api->loginWithPin(user, demoPins().value(user), nullptr, cb));
        if (!s)
            qWarning("login failed: %s", qPrintable(s.error().message));
        return api;
    }

    QString menuId(ApiClient &api, const QString &name)
    {
        auto menu = AWAIT(Menu, api.menu(nullptr, cb));
        for (const MenuItem &m : menu->items)
            if (m.name == name)
                return m.id;
        return {};
    }

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void signInAndReadEverything()
    {
        auto api = signedIn(u"manager1"_s);
        QVERIFY(api->isSignedIn());
        QCOMPARE(api->session().username, u"manager1"_s);
        QCOMPARE(api->session().role, u"manager"_s);
        auto health = AWAIT(ServerHealth, api->health(nullptr, cb));
        CHECK_OK(health);
        QVERIFY(health->ok());
        QCOMPARE(health->database, ServerHealth::Database::Connected);
        QVERIFY(!health->version.isEmpty());
        auto plan = AWAIT(FloorPlan, api->floorPlan(nullptr, cb));
        CHECK_OK(plan);
        QCOMPARE(plan->tables.size(), 18);
        auto tables = AWAIT(QList<Table>, api->tables(nullptr, cb));
        CHECK_OK(tables);
        QCOMPARE(tables->size(), 18);
        auto menu = AWAIT(Menu, api->menu(nullptr, cb));
        CHECK_OK(menu);
        QCOMPARE(menu->items.size(), 32);
        CHECK_OK(AWAIT(QList<Order>, api->orders(u"OPEN"_s, nullptr, cb)));
        CHECK_OK(AWAIT(QList<KitchenTicket>, api->kitchenTickets(u"kitchen"_s, u"NEW,PREPARING"_s, nullptr, cb)));
        CHECK_OK(AWAIT(QList<QueueTicket>, api->queueTickets(nullptr, cb)));
        auto staff = AWAIT(QList<User>, api->users(nullptr, cb));
        CHECK_OK(staff);
        QVERIFY(std::any_of(staff->cbegin(), staff->cend(),
                            [](const User &u) { return u.username == u"kitchen1"_s && u.role == Role::Kitchen; }));
        auto sales = AWAIT(SalesReport, api->salesReport({}, {}, u"method"_s, nullptr, cb));
        CHECK_OK(sales);
        QCOMPARE(sales->groupBy, u"method"_s);
        QCOMPARE(sales->totals.key, u"total"_s);
        auto waitlist = AWAIT(QueueReport, api->queueReport({}, {}, nullptr, cb));
        CHECK_OK(waitlist);
        QCOMPARE(waitlist->byPrefix.size(), 3); // parties of each size, A B C
        QVERIFY(waitlist->from.isValid() && waitlist->from <= waitlist->to);
        // Staff: a new cashier, then deactivated; both steps are in the audit log, who and what.
        UserChanges newCashier;
        newCashier.username = u"cashier9"_s;
        newCashier.displayName = u"Khun Dao"_s;
        newCashier.role = Role::Cashier;
        newCashier.pin = u"4321"_s;
        auto created = AWAIT(User, api->createUser(newCashier, nullptr, cb));
        CHECK_OK(created);
        QCOMPARE(created->role, Role::Cashier);
        QVERIFY(created->active);
        UserChanges off;
        off.active = false;
        auto deactivated = AWAIT(User, api->updateUser(created->id, off, nullptr, cb));
        CHECK_OK(deactivated);
        QVERIFY(!deactivated->active);
        QCOMPARE(deactivated->username, u"cashier9"_s);
        auto audit = AWAIT(QList<AuditEntry>, api->auditLog({{u"entity"_s, u"user"_s}}, nullptr, cb));
        CHECK_OK(audit);
        bool sawCreate = false, sawUpdate = false;
        for (const AuditEntry &e : *audit) {
            QCOMPARE(e.entity, u"user"_s);
            if (e.action == u"user.create"_s && e.entityId == created->id)
                sawCreate = e.actor == u"manager1"_s && e.after.value(u"username"_s).toString() == u"cashier9"_s && e.before.isEmpty();
            if (e.action == u"user.update"_s && e.entityId == created->id)
                sawUpdate = e.before.value(u"active"_s).toBool() && !e.after.value(u"active"_s).toBool();
        }
        QVERIFY(sawCreate);
        QVERIFY(sawUpdate);
        // Floor plan and menu edits round-trip through the codecs.
        FloorPlan edited = *plan;
        edited.tables[0].name = u"T1-window"_s;
        auto saved = AWAIT(FloorPlan, api->saveFloorPlan(edited, nullptr, cb));
        CHECK_OK(saved);
        QCOMPARE(saved->tables[0].name, u"T1-window"_s);
        Category cat;
        cat.name = u"Specials"_s;
        cat.nameTh = u"เมนูพิเศษ"_s;
        auto createdCat = AWAIT(Category, api->createCategory(cat, nullptr, cb));
        CHECK_OK(createdCat);
        MenuItem item;
        item.categoryId = createdCat->id;
        item.name = u"Mango sticky rice"_s;
        item.nameTh = u"ข้าวเหนียวมะม่วง"_s;
        item.price = Money::fromSatang(12000);
        auto createdItem = AWAIT(MenuItem, api->createMenuItem(item, nullptr, cb));
        CHECK_OK(createdItem);
        createdItem->available = false;
        auto updated = AWAIT(MenuItem, api->updateMenuItem(*createdItem, nullptr, cb));
        CHECK_OK(updated);
        QVERIFY(!updated->available);
        CHECK_OK(AWAIT(QJsonValue, api->deleteMenuItem(createdItem->id, nullptr, cb)));
        auto logout = AWAIT(void, api->logout(nullptr, cb));
        CHECK_OK(logout);
        QVERIFY(!api->isSignedIn());
    }

    void aBillFromOpenToRefund()
    {
        auto waiter = signedIn(u"waiter1"_s);
        auto cashier = signedIn(u"cashier1"_s);
        CreateOrderRequest open;
        open.tableId = u"3"_s;
        open.guests = 2;
        auto order = AWAIT(Order, waiter->createOrder(open, u"key-open-3"_s, nullptr, cb));
        CHECK_OK(order);
        QCOMPARE(order->status, OrderStatus::Open);
        AddItemsRequest add;
        add.items.append(AddItemRequest{menuId(*waiter, u"Pad thai with shrimp"_s), 2, {}, u"no peanuts"_s});
        add.items.append(AddItemRequest{menuId(*waiter, u"Thai iced tea"_s), 1, {}, {}});
        auto withItems = AWAIT(Order, waiter->addItems(order->id, add, u"key-add-3"_s, nullptr, cb));
        CHECK_OK(withItems);
        QCOMPARE(withItems->items.size(), 2);
        CHECK_OK(AWAIT(Order, waiter->sendToKitchen(order->id, u"key-send-3"_s, nullptr, cb)));
        auto voided = AWAIT(Order, cashier->voidItem(order->id, withItems->items[1].id, u"changed mind"_s, u"9000"_s, nullptr, cb));
        CHECK_OK(voided);
        QVERIFY(voided->items[1].voided);
        DiscountRequest d;
        d.discount.type = DiscountType::Percent;
        QVERIFY(d.discount.setValue(u"10"_s).ok());
        d.discount.reason = u"regular"_s;
        auto manager = signedIn(u"manager1"_s);
        CHECK_OK(AWAIT(Order, manager->discount(order->id, d, {}, nullptr, cb)));
        CHECK_OK(AWAIT(Order, waiter->checkout(order->id, nullptr, cb)));
        auto reopened = AWAIT(Order, manager->reopen(order->id, u"one more"_s, nullptr, cb));
        CHECK_OK(reopened);
        QCOMPARE(reopened->status, OrderStatus::Serving);
        auto bill = AWAIT(Order, waiter->checkout(order->id, nullptr, cb));
        CHECK_OK(bill);
        QCOMPARE(bill->status, OrderStatus::Checkout);
        PaymentRequest pay;
        pay.orderId = order->id;
        pay.method = PaymentMethod::Cash;
        pay.amountReceived = Money::fromSatang(50000);
        auto paid = AWAIT(Payment, cashier->pay(pay, u"key-pay-3"_s, nullptr, cb));
        CHECK_OK(paid);
        QCOMPARE(paid->status, PaymentStatus::Paid);
        QCOMPARE(paid->receiptNumber, u"POS01-000001"_s);
        // The same key again replays the same payment.
        auto again = AWAIT(Payment, cashier->pay(pay, u"key-pay-3"_s, nullptr, cb));
        CHECK_OK(again);
        QCOMPARE(again->id, paid->id);
        CHECK_OK(AWAIT(Payment, cashier->payment(paid->id, nullptr, cb)));
        auto list = AWAIT(QList<Payment>, cashier->orderPayments(order->id, nullptr, cb));
        CHECK_OK(list);
        QCOMPARE(list->size(), 1);
        auto refunded = AWAIT(Payment, cashier->refund(paid->id, u"cold"_s, u"9000"_s, nullptr, cb));
        CHECK_OK(refunded);
        QCOMPARE(refunded->status, PaymentStatus::Refunded);

        // A Grab order, then both found again in the history by what is in hand.
        CreateOrderRequest grab;
        grab.type = OrderType::Delivery;
        grab.isTakeaway = true;
        grab.channel = Channel::Grab;
        grab.channelRef = u"GF-5150"_s;
        auto delivery = AWAIT(Order, cashier->createOrder(grab, u"key-open-grab"_s, nullptr, cb));
        CHECK_OK(delivery);
        QCOMPARE(delivery->pickupCode, u"D001"_s);
        QCOMPARE(delivery->channel, std::optional(Channel::Grab));
        OrderQuery byReceipt;
        byReceipt.text = paid->receiptNumber.toLower();
        byReceipt.from = byReceipt.to = QDate(2026, 6, 15); // the test clock's business day
        auto found = AWAIT(QList<Order>, cashier->orderHistory(byReceipt, nullptr, cb));
        CHECK_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, order->id);
        OrderQuery deliveries;
        deliveries.type = OrderType::Delivery;
        deliveries.text = u"GF-5150"_s;
        auto rider = AWAIT(QList<Order>, cashier->orderHistory(deliveries, nullptr, cb));
        CHECK_OK(rider);
        QCOMPARE(rider->size(), 1);
        QCOMPARE(rider->first().pickupCode, u"D001"_s);

        // Move, cancel, queue, kitchen and shifts.
        open.tableId = u"4"_s;
        auto second = AWAIT(Order, waiter->createOrder(open, u"key-open-4"_s, nullptr, cb));
        CHECK_OK(second);
        auto moved = AWAIT(Order, waiter->moveOrder(second->id, u"5"_s, nullptr, cb));
        CHECK_OK(moved);
        QCOMPARE(moved->tableId, u"5"_s);
        auto cancelled = AWAIT(Order, manager->cancelOrder(second->id, u"left"_s, nullptr, cb));
        CHECK_OK(cancelled);
        QCOMPARE(cancelled->status, OrderStatus::Cancelled);
        QueueTicketRequest q;
        q.partySize = 2;
        auto ticket = AWAIT(QueueTicket, waiter->createQueueTicket(q, nullptr, cb));
        CHECK_OK(ticket);
        QCOMPARE(ticket->id, u"A001"_s);
        CHECK_OK(AWAIT(QueueTicket, waiter->queueTicket(u"A001"_s, nullptr, cb)));
        auto called = AWAIT(QueueTicket, waiter->queueAction(u"A001"_s, u"call"_s, {}, nullptr, cb));
        CHECK_OK(called);
        QCOMPARE(called->status, QueueStatus::Called);
        auto kitchen = signedIn(u"kitchen1"_s);
        auto tickets = AWAIT(QList<KitchenTicket>, kitchen->kitchenTickets({}, {}, nullptr, cb));
        CHECK_OK(tickets);
        QVERIFY(!tickets->isEmpty());
        CHECK_OK(AWAIT(KitchenTicket, kitchen->setKitchenStatus(tickets->first().id, KitchenStatus::Preparing, nullptr, cb)));
        auto shift = AWAIT(Shift, cashier->openShift(Money::fromSatang(100000), nullptr, cb));
        CHECK_OK(shift);
        QCOMPARE(shift->status, Shift::Status::Open);
        QCOMPARE(shift->cashier, u"cashier1"_s);
        auto x = AWAIT(ShiftReport, cashier->currentShift(nullptr, cb));
        CHECK_OK(x);
        QVERIFY(!x->z);
        QCOMPARE(x->shift->id, shift->id);
        QCOMPARE(x->cash.opening, Money::fromSatang(100000));
        auto z = AWAIT(ShiftReport, cashier->closeShift(shift->id, Money::fromSatang(100000), nullptr, cb));
        CHECK_OK(z);
        QVERIFY(z->z);
        QCOMPARE(z->shift->status, Shift::Status::Closed);
        QCOMPARE(z->cash.counted, Money::fromSatang(100000));
        QCOMPARE(z->cash.overShort, Money::fromSatang(0));
        // The Z report a manager reads later is the one frozen at closing.
        auto frozen = AWAIT(ShiftReport, manager->shiftReport(shift->id, nullptr, cb));
        CHECK_OK(frozen);
        QCOMPARE(frozen->cash, z->cash);
        QCOMPARE(frozen->byMethod, z->byMethod);
    }

    void errorsAreTypedAndSayWhatToDo()
    {
        auto waiter = signedIn(u"waiter1"_s);
        CreateOrderRequest open;
        open.tableId = u"6"_s;
        open.guests = 2;
        CHECK_OK(AWAIT(Order, waiter->createOrder(open, u"k1"_s, nullptr, cb)));
        auto taken = AWAIT(Order, waiter->createOrder(open, u"k2"_s, nullptr, cb));
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, ErrorCode::TableOccupied);
        QCOMPARE(ErrorText::forError(taken.error()), u"This table already has an open bill."_s);
        auto missing = AWAIT(Order, waiter->order(u"999999"_s, nullptr, cb));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto forbidden = AWAIT(SalesReport, waiter->salesReport({}, {}, u"day"_s, nullptr, cb));
        QCOMPARE(forbidden.error().code, ErrorCode::Forbidden);
        auto manager = signedIn(u"manager1"_s);
        auto bad = AWAIT(SalesReport, manager->salesReport({}, {}, u"week"_s, nullptr, cb));
        QCOMPARE(bad.error().code, ErrorCode::ValidationFailed);
        QCOMPARE(bad.error().field(), u"group_by"_s);
        // In Thai.
        QTranslator th;
        QVERIFY(th.load(u"tavola_th.qm"_s, QStringLiteral(TAVOLA_QM_DIR)));
        QCoreApplication::installTranslator(&th);
        QCOMPARE(ErrorText::forError(taken.error()), u"โต๊ะนี้มีบิลที่เปิดอยู่แล้ว"_s);
        QVERIFY(ErrorText::forCode(ErrorCode::Unavailable).contains(u"เซิร์ฟเวอร์"_s));
        QCoreApplication::removeTranslator(&th);
        // A server that is not there at all.
        ApiClient nowhere;
        nowhere.setBaseUrl(u"http://127.0.0.1:1"_s);
        nowhere.setRetryBaseDelay(10);
        auto down = AWAIT(Menu, nowhere.menu(nullptr, cb));
        QCOMPARE(down.error().code, ErrorCode::Unavailable);
    }

    void anExpiredTokenIsRefreshedOnceForManyCalls()
    {
        auto api = signedIn(u"cashier1"_s);
        const QString firstToken = api->session().accessToken;
        QSignalSpy changed(api.get(), &ApiClient::sessionChanged);
        m_fx.server().state().advanceClock(16 * 60 * 1000); // past the access token's lifetime
        int done = 0, ok = 0;
        for (int i = 0; i < 10; ++i) {
            api->tables(nullptr, [&](Result<QList<Table>> r) {
                ++done;
                ok += r.ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 20000);
        QCOMPARE(ok, 10);
        QCOMPARE(api->refreshCount(), 1);
        QVERIFY(api->session().accessToken != firstToken);
        QCOMPARE(changed.count(), 1);
        // A refresh token that is refused ends the session and says so.
        QSignalSpy expired(api.get(), &ApiClient::sessionExpired);
        AuthSession broken = api->session();
        broken.accessToken = u"x.y.z"_s;
        broken.refreshToken = u"revoked"_s;
        api->setSession(broken);
        auto r = AWAIT(QList<Table>, api->tables(nullptr, cb));
        QCOMPARE(r.error().code, ErrorCode::Unauthenticated);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!api->isSignedIn());
    }

    void retriesKeepTheIdempotencyKeyAcrossAnOutage()
    {
        auto waiter = signedIn(u"waiter1"_s);
        waiter->setRetryBaseDelay(400);
        m_fx.stopKeepingPort();
        // The server comes back while the client is backing off.
        QTimer::singleShot(500, [this] { QVERIFY(m_fx.startAgain()); });
        CreateOrderRequest open;
        open.tableId = u"7"_s;
        open.guests = 2;
        std::optional<Result<Order>> first;
        waiter->createOrder(open, u"outage-key"_s, nullptr, [&](Result<Order> r) { first.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 20000);
        CHECK_OK(*first);
        // The same key once more: the same order, not a second one.
        auto again = AWAIT(Order, waiter->createOrder(open, u"outage-key"_s, nullptr, cb));
        CHECK_OK(again);
        QCOMPARE(again->id, (*first)->id);
        QCOMPARE(m_fx.server().database().scalar(u"SELECT COUNT(*) FROM orders"_s)->toInt(), 1);
        // A plain POST without a key is not retried: it fails at once when the server is away.
        m_fx.stopKeepingPort();
        auto checkout = AWAIT(Order, waiter->checkout((*first)->id, nullptr, cb));
        QCOMPARE(checkout.error().code, ErrorCode::Unavailable);
        QVERIFY(m_fx.startAgain());
    }

    // The menu read again unchanged comes back as "304 Not Modified" (the till keeps what it has);
    // once a dish is sold out, the next read brings the new menu.
    void unchangedReadsAreNotSentAgain()
    {
        auto api = signedIn(u"waiter1"_s);
        auto first = AWAIT(Menu, api->menu(nullptr, cb));
        CHECK_OK(first);
        QCOMPARE(api->notModifiedCount(), 0);
        auto again = AWAIT(Menu, api->menu(nullptr, cb));
        CHECK_OK(again);
        QCOMPARE(api->notModifiedCount(), 1);
        QCOMPARE(*again, *first);
        const auto plan = AWAIT(FloorPlan, api->floorPlan(nullptr, cb)); // (CHECK_OK would ask twice)
        CHECK_OK(plan);
        const int before = api->notModifiedCount();
        const auto planAgain = AWAIT(FloorPlan, api->floorPlan(nullptr, cb));
        CHECK_OK(planAgain);
        QCOMPARE(api->notModifiedCount(), before + 1);
        QCOMPARE(*planAgain, *plan);
        const QString dish = first->items.first().id;
        const auto soldOut = AWAIT(MenuItem, api->setItemAvailable(dish, false, nullptr, cb));
        CHECK_OK(soldOut);
        auto changed = AWAIT(Menu, api->menu(nullptr, cb));
        CHECK_OK(changed);
        QCOMPARE(api->notModifiedCount(), before + 1);
        QVERIFY(!changed->item(dish)->available);
        QVERIFY(changed->version > first->version);
    }

    void aDestroyedScreenGetsNoCallback()
    {
        auto api = signedIn(u"waiter1"_s);
        bool called = false;
        auto *screen = new QObject;
        api->tables(screen, [&](Result<QList<Table>>) { called = true; });
        delete screen;
        bool other = false;
        api->tables(nullptr, [&](Result<QList<Table>>) { other = true; });
        QTRY_VERIFY(other);
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestClientApi)
#include "tst_client_api.moc"
