#include "domain/statemachine.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;

// The expected transitions are written out here independently of the implementation's
// table, as docs/api.md states them, so a change to either side is caught.
class TestStateMachine : public QObject
{
    Q_OBJECT

    template<typename E>
    void checkAllPairs(const QSet<QString> &allowed, ErrorCode refusal, const QSet<QString> &lockedFrom = {},
                       ErrorCode lockedCode = ErrorCode::InvalidTransition)
    {
        int allowedSeen = 0;
        for (const E from : allEnumValues<E>()) {
            for (const E to : allEnumValues<E>()) {
                const QString pair = enumName(from) + u'>' + enumName(to);
                const Status s = checkTransition(from, to);
                if (allowed.contains(pair)) {
                    QVERIFY2(s.ok(), qPrintable(u"should be allowed: "_s + pair));
                    ++allowedSeen;
                } else {
                    QVERIFY2(!s.ok(), qPrintable(u"should be refused: "_s + pair));
                    const ErrorCode expected = lockedFrom.contains(enumName(from)) ? lockedCode : refusal;
                    QVERIFY2(s.error().code == expected, qPrintable(pair + u" refused with "_s + errorCodeName(s.error().code)));
                    QCOMPARE(s.error().httpStatus(), 409);
                    QCOMPARE(s.error().details.value(u"from"_s).toString(), enumName(from));
                    QCOMPARE(s.error().details.value(u"to"_s).toString(), enumName(to));
                }
            }
        }
        QCOMPARE(allowedSeen, allowed.size()); // every expected name exists
    }

private slots:
    void table()
    {
        checkAllPairs<TableStatus>({u"VACANT>SEATED"_s, u"SEATED>SERVING"_s, u"SERVING>CHECKOUT"_s, u"CHECKOUT>SERVING"_s,
                                    u"CHECKOUT>CLEANING"_s, u"CHECKOUT>VACANT"_s, u"CLEANING>VACANT"_s, u"VACANT>CLEANING"_s,
                                    u"SEATED>VACANT"_s, u"SERVING>VACANT"_s, u"VACANT>SERVING"_s, u"VACANT>CHECKOUT"_s,
                                    u"CLEANING>SEATED"_s},
                                   ErrorCode::InvalidTransition);
    }

    void order()
    {
        checkAllPairs<OrderStatus>({u"OPEN>SERVING"_s, u"SERVING>CHECKOUT"_s, u"CHECKOUT>PAID"_s, u"CHECKOUT>SERVING"_s,
                                    u"OPEN>CANCELLED"_s, u"SERVING>CANCELLED"_s, u"CHECKOUT>CANCELLED"_s},
                                   ErrorCode::InvalidTransition, {u"PAID"_s, u"CANCELLED"_s}, ErrorCode::OrderLocked);
    }

    void queue()
    {
        checkAllPairs<QueueStatus>({u"WAITING>CALLED"_s, u"CALLED>SEATED"_s, u"WAITING>SEATED"_s, u"WAITING>CANCELLED"_s,
                                    u"CALLED>CANCELLED"_s, u"WAITING>NO_SHOW"_s, u"CALLED>NO_SHOW"_s},
                                   ErrorCode::InvalidTransition);
    }

    void payment()
    {
        checkAllPairs<PaymentStatus>({u"PENDING>PAID"_s, u"PENDING>EXPIRED"_s, u"PENDING>FAILED"_s, u"PENDING>FLAGGED"_s,
                                      u"EXPIRED>FLAGGED"_s, u"FAILED>FLAGGED"_s, u"PAID>REFUNDED"_s},
                                     ErrorCode::InvalidTransition);
    }

    void kitchen()
    {
        checkAllPairs<KitchenStatus>({u"NEW>PREPARING"_s, u"PREPARING>READY"_s, u"READY>SERVED"_s, u"SERVED>READY"_s},
                                     ErrorCode::InvalidTransition);
    }

    void namesRoundTrip()
    {
        for (const auto s : allEnumValues<OrderStatus>())
            QCOMPARE(enumFromName<OrderStatus>(enumName(s)), s);
        QCOMPARE(enumFromName<QueueStatus>(u"NO_SHOW"), QueueStatus::NoShow);
        QVERIFY(!enumFromName<QueueStatus>(u"no_show").has_value());
        QCOMPARE(enumChoices<KitchenStatus>(), u"NEW|PREPARING|READY|SERVED"_s);
    }
};

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
