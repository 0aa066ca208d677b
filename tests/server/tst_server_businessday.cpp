// The business day at its edges (docs/domain.md, "Business day"): the shop's day starts at 04:00
// in Bangkok (21:00 UTC), not at midnight. Each test puts the clock where it needs it, starts a
// fresh server there and moves the server's clock on, over real HTTP on SQLite or PostgreSQL
// (labels server, pg).
#include "domain/clock.h"
#include "serverharness.h"
#include "serverstate.h"
#include "testutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;

namespace {

/// A wall-clock time in Bangkok (UTC+7) as a UTC instant.
QDateTime bangkok(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).addSecs(-7 * 3600);
}

constexpr qint64 kMinute = 60 * 1000;

} // namespace

class TestServerBusinessDay : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    /// Starts a fresh server whose clock reads `at`.
    bool startAt(const QDateTime &at)
    {
        clock::setTestClock(at);
        return m_fx.start();
    }
    /// Moves the server's clock on. Access tokens live 15 minutes: sign in again afterwards.
    void advance(qint64 ms) { m_fx.server().state().advanceClock(ms); }
    Api staff(const QString &user) { return staffApi(m_fx.url(), user); }
    QString today() { return m_fx.server().state().businessDay(m_fx.server().state().now()); }

    QJsonObject payCash(const QString &orderId)
    {
        Api c = staff(u"cashier1"_s);
        const Reply r = c.postNew(u"/api/v1/payments"_s,
                                  {{u"order_id"_s, orderId}, {u"method"_s, u"cash"_s}, {u"amount_received"_s, u"500.00"_s}});
        if (r.status != 201)
            qWarning("payment failed: %s", qPrintable(r.describe()));
        return r.object();
    }
    /// The sales report's totals for a period (empty `from`/`to`: the server's "today").
    QJsonObject sales(const QString &from = {}, const QString &to = {}, const QString &groupBy = u"day"_s)
    {
        QString path = u"/api/v1/reports/sales?group_by="_s + groupBy;
        if (!from.isEmpty())
            path += u"&from="_s + from;
        if (!to.isEmpty())
            path += u"&to="_s + to;
        const Reply r = staff(u"manager1"_s).get(path);
        if (r.status != 200)
            qWarning("report failed: %s", qPrintable(r.describe()));
        return r.object();
    }
    static qint64 count(const QJsonObject &report) { return report.value(u"totals"_s).toObject().value(u"count"_s).toInteger(); }
    QString issueTicket()
    {
        return Api(m_fx.url()).post(u"/api/v1/queue-tickets"_s, {{u"party_size"_s, 2}}).object().value(u"ticket_id"_s).toString();
    }

private slots:
    void cleanup()
    {
        m_fx.stop();
        clock::setTestClock(QDateTime::fromString(QString::fromLatin1(qgetenv("TAVOLA_TEST_CLOCK")), Qt::ISODate));
    }

    void theTestClockIsFixedAndTicks()
    {
        // Every test starts on the harness's clock, whatever the hour the suite runs at.
        useTestClock();
        const QDateTime start = clock::nowUtc();
        QVERIFY(clock::isTestClock());
        QCOMPARE(start.date(), QDate(2026, 6, 15));
        QVERIFY(start.time() >= QTime(5, 0) && start.time() < QTime(6, 0)); // 12:00–13:00 in Bangkok
        QTRY_VERIFY(clock::nowUtc() > start);
        QCOMPARE(businessDay(bangkok(2026, 6, 15, 12, 0), 7 * 60, 4 * 60), QDate(2026, 6, 15));
        QCOMPARE(businessDay(bangkok(2026, 6, 16, 3, 59), 7 * 60, 4 * 60), QDate(2026, 6, 15));
        QCOMPARE(businessDay(bangkok(2026, 6, 16, 4, 0), 7 * 60, 4 * 60), QDate(2026, 6, 16));
        QCOMPARE(businessDay(bangkok(2026, 6, 16, 0, 0), 7 * 60, 0), QDate(2026, 6, 16)); // a day that starts at midnight
    }

    void anOrderOpenedBefore4amBelongsToTheDayItWasOpenedOn()
    {
        // Opened at 03:50 on 2 March, paid at 04:10: the sale belongs to 1 March's business day,
        // while the receipt carries the real time of payment and the next running number.
        QVERIFY(startAt(bangkok(2026, 3, 2, 3, 50)));
        QCOMPARE(today(), u"2026-03-01"_s);
        const QString late = billAtCheckout(m_fx.url(), u"1"_s);
        QCOMPARE(staff(u"waiter1"_s).get(u"/api/v1/orders/"_s + late).object().value(u"number"_s).toInt(), 1);
        QCOMPARE(count(sales()), 0);

        advance(20 * kMinute); // 04:10
        QCOMPARE(today(), u"2026-03-02"_s);
        const QJsonObject paid = payCash(late);
        QCOMPARE(paid.value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        const QDateTime paidAt = QDateTime::fromString(paid.value(u"paid_at"_s).toString(), Qt::ISODate);
        QVERIFY2(paidAt >= bangkok(2026, 3, 2, 4, 10) && paidAt < bangkok(2026, 3, 2, 4, 11), qPrintable(paidAt.toString(Qt::ISODate)));

        // The report of 1 March has it (paid in the hour of 04:00), "today" (2 March) does not.
        QCOMPARE(count(sales(u"2026-03-01"_s, u"2026-03-01"_s)), 1);
        QCOMPARE(sales(u"2026-03-01"_s, u"2026-03-01"_s, u"hour"_s).value(u"rows"_s).toArray().at(0).toObject().value(u"key"_s).toString(),
                 u"04"_s);
        QCOMPARE(sales(u"2026-03-01"_s, u"2026-03-01"_s, u"item"_s).value(u"rows"_s).toArray().size(), 1);
        QCOMPARE(count(sales()), 0);
        QCOMPARE(sales().value(u"from"_s).toString(), u"2026-03-02"_s);
        QCOMPARE(sales(u"2026-03-02"_s, u"2026-03-02"_s, u"item"_s).value(u"rows"_s).toArray().size(), 0);

        // An order opened after 04:00 is the new day's first order and counts "today".
        const QString early = billAtCheckout(m_fx.url(), u"2"_s);
        QCOMPARE(staff(u"waiter1"_s).get(u"/api/v1/orders/"_s + early).object().value(u"number"_s).toInt(), 1);
        QCOMPARE(payCash(early).value(u"receipt_number"_s).toString(), u"POS01-000002"_s);
        QCOMPARE(count(sales()), 1);
        QCOMPARE(count(sales(u"2026-03-01"_s, u"2026-03-02"_s)), 2);
    }

    void queueNumbersStartAgainAt4am()
    {
        QVERIFY(startAt(bangkok(2026, 3, 2, 3, 55)));
        QCOMPARE(issueTicket(), u"A001"_s);
        QCOMPARE(issueTicket(), u"A002"_s);
        advance(4 * kMinute); // 03:59
        QCOMPARE(issueTicket(), u"A003"_s);
        advance(1 * kMinute); // 04:00
        QCOMPARE(issueTicket(), u"A001"_s);
        // The board shows the new day's queue; the night's tickets stay in the night's report.
        const QJsonArray waiting = staff(u"waiter1"_s).get(u"/api/v1/queue-tickets"_s).object().value(u"tickets"_s).toArray();
        QCOMPARE(waiting.size(), 1);
        Api m = staff(u"manager1"_s);
        QCOMPARE(m.get(u"/api/v1/reports/queue?from=2026-03-01&to=2026-03-01"_s).object().value(u"tickets"_s).toInt(), 3);
        QCOMPARE(m.get(u"/api/v1/reports/queue"_s).object().value(u"tickets"_s).toInt(), 1);
    }

    void aShiftOpenAcrossMidnightAnd4amKeepsEveryPayment()
    {
        // A late shift: opened at 23:30, payments at 23:40, 00:20, 03:55 and (an order opened
        // after the day start) 04:10, closed at 04:20. A shift is the cashier's drawer, not a
        // day: its Z report holds all four; the sales reports split them by business day.
        QVERIFY(startAt(bangkok(2026, 3, 1, 23, 30)));
        const QString shiftId =
            staff(u"cashier1"_s).post(u"/api/v1/shifts/open"_s, {{u"opening_cash"_s, u"1000.00"_s}}).object().value(u"id"_s).toString();
        QVERIFY(!shiftId.isEmpty());
        advance(10 * kMinute); // 23:40
        payCash(billAtCheckout(m_fx.url(), u"1"_s));
        advance(40 * kMinute); // 00:20, a new calendar date
        payCash(billAtCheckout(m_fx.url(), u"2"_s));
        QCOMPARE(today(), u"2026-03-01"_s);
        advance(215 * kMinute); // 03:55
        payCash(billAtCheckout(m_fx.url(), u"3"_s));
        advance(15 * kMinute); // 04:10
        payCash(billAtCheckout(m_fx.url(), u"4"_s));
        advance(10 * kMinute); // 04:20

        const Reply closed = staff(u"cashier1"_s).post(u"/api/v1/shifts/%1/close"_s.arg(shiftId), {{u"counted_cash"_s, u"1391.60"_s}});
        CHECK_STATUS(closed, 200);
        const QJsonObject z = closed.object();
        QCOMPARE(z.value(u"type"_s).toString(), u"Z"_s);
        QCOMPARE(z.value(u"sales"_s).toObject().value(u"count"_s).toInt(), 4);
        QCOMPARE(z.value(u"cash"_s).toObject().value(u"expected"_s).toString(), u"1391.60"_s); // 1000 + 4 × 97.90
        QCOMPARE(z.value(u"cash"_s).toObject().value(u"over_short"_s).toString(), u"0.00"_s);
        QCOMPARE(count(sales(u"2026-03-01"_s, u"2026-03-01"_s)), 3);
        QCOMPARE(count(sales(u"2026-03-02"_s, u"2026-03-02"_s)), 1);
        QCOMPARE(count(sales()), 1);
    }

    void theLastNightOfTheYear()
    {
        // 23:59 on New Year's Eve: midnight changes the year but not the business day.
        QVERIFY(startAt(bangkok(2026, 12, 31, 23, 59)));
        QCOMPARE(today(), u"2026-12-31"_s);
        QCOMPARE(issueTicket(), u"A001"_s);
        const QString order = billAtCheckout(m_fx.url(), u"1"_s);
        advance(2 * kMinute); // 00:01 on 1 January 2027
        QCOMPARE(today(), u"2026-12-31"_s);
        QCOMPARE(issueTicket(), u"A002"_s);
        const QJsonObject paid = payCash(order);
        QCOMPARE(paid.value(u"receipt_number"_s).toString(), u"POS01-000001"_s);
        QCOMPARE(QDateTime::fromString(paid.value(u"paid_at"_s).toString(), Qt::ISODate).addSecs(7 * 3600).date(), QDate(2027, 1, 1));
        QCOMPARE(count(sales()), 1);
        QCOMPARE(sales().value(u"from"_s).toString(), u"2026-12-31"_s);

        advance(240 * kMinute); // 04:01: the first business day of 2027
        QCOMPARE(today(), u"2027-01-01"_s);
        QCOMPARE(issueTicket(), u"A001"_s);
        QCOMPARE(count(sales()), 0);
        const QString first = billAtCheckout(m_fx.url(), u"2"_s);
        QCOMPARE(staff(u"waiter1"_s).get(u"/api/v1/orders/"_s + first).object().value(u"number"_s).toInt(), 1);
        // Receipt numbers run on across days and years (gap-free per POS ID).
        QCOMPARE(payCash(first).value(u"receipt_number"_s).toString(), u"POS01-000002"_s);
        QCOMPARE(count(sales(u"2026-12-31"_s, u"2027-01-01"_s)), 2);
        QCOMPARE(count(sales(u"2027-01-01"_s, u"2027-01-01"_s)), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerBusinessDay)
#include "tst_server_businessday.moc"
