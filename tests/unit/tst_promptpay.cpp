#include "promptpay/promptpay.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::promptpay;

namespace {
QString crcOf(const QString &withoutCrc)
{
    return QString::number(crc16(withoutCrc.toLatin1()), 16).toUpper().rightJustified(4, u'0');
}

/// Re-emits the top-level fields of a payload in another order, with a fresh CRC.
QString reorder(const QString &payload, const QStringList &order)
{
    QMap<QString, QString> fields;
    qsizetype i = 0;
    while (i < payload.size()) {
        const QString id = payload.mid(i, 2);
        const int len = payload.mid(i + 2, 2).toInt();
        fields.insert(id, payload.mid(i, 4 + len));
        i += 4 + len;
    }
    QString out;
    for (const auto &id : order)
        out += fields.value(id);
    out += u"6304"_s;
    return out + crcOf(out);
}

Money baht(const char *s)
{
    return Money::parse(QString::fromLatin1(s)).value();
}
} // namespace

class TestPromptPay : public QObject
{
    Q_OBJECT

private slots:
    void crcCheckValue()
    {
        QCOMPARE(crc16("123456789"), quint16(0x29B1));
        QCOMPARE(crc16(""), quint16(0xFFFF));
    }

    // docs/domain.md, "PromptPay QR" public vectors, in the reference generator's tag order.
    void publicVectors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("vector");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("target");
        QTest::newRow("mobile static") << u"0812345678"_s << QString()
                                       << u"00020101021129370016A000000677010111011300668123456785802TH530376463045D82"_s
                                       << int(TargetType::Mobile) << u"0066812345678"_s;
        QTest::newRow("mobile 1234.56") << u"0812345678"_s << u"1234.56"_s
                                        << u"00020101021229370016A000000677010111011300668123456785802TH530376454071234.566304D937"_s
                                        << int(TargetType::Mobile) << u"0066812345678"_s;
        QTest::newRow("national id 59.50") << u"1234567890123"_s << u"59.50"_s
                                           << u"00020101021229370016A000000677010111021312345678901235802TH5303764540559.506304A724"_s
                                           << int(TargetType::NationalId) << u"1234567890123"_s;
        QTest::newRow("e-wallet 20.00") << u"004999000288505"_s << u"20.00"_s
                                        << u"00020101021229390016A00000067701011103150049990002885055802TH5303764540520.006304C1AA"_s
                                        << int(TargetType::EWallet) << u"004999000288505"_s;
    }
    void publicVectors()
    {
        QFETCH(QString, input);
        QFETCH(QString, amount);
        QFETCH(QString, vector);
        QFETCH(int, type);
        QFETCH(QString, target);
        // The vector parses: its CRC is right and its fields are what we expect.
        const auto parsed = parse(vector);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(int(parsed->type), type);
        QCOMPARE(parsed->target, target);
        QCOMPARE(parsed->amount.has_value(), !amount.isEmpty());
        if (!amount.isEmpty())
            QCOMPARE(parsed->amount->toString(), amount);
        // Our payload for the same input carries the same tags (ours are in ascending order).
        const auto built = buildForInput(input, amount.isEmpty() ? std::nullopt : std::optional<Money>(baht(amount.toLatin1())));
        QVERIFY(built.ok());
        QCOMPARE(parse(*built).value(), parsed.value());
        QVERIFY(built->startsWith(u"000201"_s));
        QCOMPARE(built->mid(built->size() - 8, 4), u"6304"_s);
        QVERIFY(built->indexOf(u"5303764"_s) < built->indexOf(u"5802TH"_s)); // ascending tag order
    }

    void exactBytesOfOurOwnBuilder()
    {
        // Ascending tag order; CRC recomputed independently here.
        const QString body = u"00020101021229370016A00000067701011101130066812345678530376454071234.565802TH6304"_s;
        QCOMPARE(buildForInput(u"0812345678"_s, baht("1234.56")).value(), body + crcOf(body));
    }

    void anyTagOrderIsAccepted()
    {
        const QString built = buildForInput(u"0812345678"_s, baht("99.00")).value();
        const auto expected = parse(built).value();
        for (const QStringList &order : {QStringList{u"00"_s, u"01"_s, u"29"_s, u"58"_s, u"53"_s, u"54"_s},
                                         QStringList{u"00"_s, u"54"_s, u"58"_s, u"53"_s, u"29"_s, u"01"_s},
                                         QStringList{u"00"_s, u"53"_s, u"01"_s, u"54"_s, u"29"_s, u"58"_s}}) {
            const QString other = reorder(built, order);
            QCOMPARE(parse(other).value(), expected);
        }
    }

    void billPaymentTag30()
    {
        Payload p;
        p.type = TargetType::BillPayment;
        p.target = u"010555500012301"_s;
        p.reference1 = u"TVL20260121A"_s;
        p.reference2 = u"T7"_s;
        p.amount = baht("145.00");
        const QString s = build(p).value();
        QCOMPARE(s.mid(12, 2), u"30"_s); // tag 30 right after 00 and 01
        QCOMPARE(s.mid(16, 20), u"0016A000000677010112"_s);
        QCOMPARE(parse(s).value(), p);
        p.reference2.clear();
        p.amount.reset();
        QCOMPARE(parse(build(p).value()).value(), p);
    }

    void roundTripsRandomPayloads()
    {
        auto *rng = QRandomGenerator::global();
        auto digits = [&](int n) {
            QString s;
            for (int i = 0; i < n; ++i)
                s += QChar(u'0' + rng->bounded(10));
            return s;
        };
        for (int i = 0; i < 2000; ++i) {
            Payload p;
            p.type = TargetType(rng->bounded(4));
            switch (p.type) {
            case TargetType::Mobile: p.target = u"00668"_s + digits(8); break;
            case TargetType::NationalId: p.target = digits(13); break;
            case TargetType::EWallet: p.target = digits(15); break;
            case TargetType::BillPayment:
                p.target = digits(15);
                p.reference1 = u"R"_s + digits(rng->bounded(0, 19));
                if (rng->bounded(2))
                    p.reference2 = u"X"_s + digits(rng->bounded(1, 10));
                break;
            }
            if (rng->bounded(3))
                p.amount = Money::fromSatang(rng->bounded(qint64(1), qint64(Money::kMaxSatang + 1)));
            if (rng->bounded(5) == 0)
                p.additionalData = u"0703T07"_s;
            const auto s = build(p);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
            QCOMPARE(parse(*s).value(), p);
        }
    }

    void rejectsBadBuilderInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("amount");
        QTest::newRow("short phone") << u"081234567"_s << QString();
        QTest::newRow("long phone") << u"08123456789"_s << QString();
        QTest::newRow("letters") << u"08l2345678"_s << QString();
        QTest::newRow("12 digits") << u"123456789012"_s << QString();
        QTest::newRow("14 digits") << u"12345678901234"_s << QString();
        QTest::newRow("16 digits") << u"1234567890123456"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("+66 with 0") << u"+66 0812345678"_s << QString();
        QTest::newRow("zero amount") << u"0812345678"_s << u"0.00"_s;
        QTest::newRow("two plus") << u"++66812345678"_s << QString();
    }
    void rejectsBadBuilderInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, amount);
        const auto r = buildForInput(input, amount.isEmpty() ? std::nullopt : std::optional<Money>(Money::parse(amount).value()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ValidationFailed);
        QVERIFY(!r.error().message.isEmpty());
    }

    void rejectsBadTag30()
    {
        Payload p;
        p.type = TargetType::BillPayment;
        p.target = u"010555500012301"_s;
        p.reference1 = u"lowercase"_s;
        QVERIFY(!build(p).ok());
        p.reference1 = u"A"_s.repeated(21);
        QVERIFY(!build(p).ok());
        p.reference1.clear();
        QVERIFY(!build(p).ok());
        p.reference1 = u"OK1"_s;
        p.target = u"12345"_s;
        QVERIFY(!build(p).ok());
    }

    void rejectsBadPayloads_data()
    {
        const QString good = buildForInput(u"0812345678"_s, baht("10.00")).value();
        QTest::addColumn<QString>("payload");
        QString wrongCrc = good;
        wrongCrc[wrongCrc.size() - 1] = wrongCrc.back() == u'0' ? u'1' : u'0';
        QTest::newRow("wrong crc") << wrongCrc;
        QTest::newRow("truncated") << good.left(good.size() - 10);
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << u"hello world, not a qr"_s;
        QTest::newRow("no format first") << reorder(good, {u"01"_s, u"00"_s, u"29"_s, u"53"_s, u"54"_s, u"58"_s});
        QTest::newRow("no currency") << reorder(good, {u"00"_s, u"01"_s, u"29"_s, u"54"_s, u"58"_s});
        QTest::newRow("no account") << reorder(good, {u"00"_s, u"01"_s, u"53"_s, u"54"_s, u"58"_s});
        QTest::newRow("dynamic without amount") << reorder(good, {u"00"_s, u"01"_s, u"29"_s, u"53"_s, u"58"_s});
        const QString usd = u"000201010212"_s + good.mid(12, 41) + u"5303840"_s;
        QTest::newRow("dollars") << usd + u"54051.005802TH6304"_s + crcOf(usd + u"54051.005802TH6304"_s);
        const QString body = u"00020101021129370016A00000067701011101130066812345678530376454051.005802TH6304"_s;
        QTest::newRow("static with amount") << body + crcOf(body);
        const QString dup = u"00020101021229370016A0000006770101110113006681234567853037645303764540510.005802TH6304"_s;
        QTest::newRow("duplicate tag") << dup + crcOf(dup);
        const QString badAid = u"00020101021229370016A000000677010199011300668123456785303764540510.005802TH6304"_s;
        QTest::newRow("unknown AID") << badAid + crcOf(badAid);
        const QString thai = u"000201010212ก"_s;
        QTest::newRow("non-ascii") << thai;
    }
    void rejectsBadPayloads()
    {
        QFETCH(QString, payload);
        const auto r = parse(payload);
        QVERIFY2(!r.ok(), qPrintable(payload));
        QVERIFY(!r.error().message.isEmpty());
    }

    void normalizesMobileNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("local") << u"0812345678"_s;
        QTest::newRow("dashes") << u"081-234-5678"_s;
        QTest::newRow("spaces") << u"081 234 5678"_s;
        QTest::newRow("plus") << u"+66812345678"_s;
        QTest::newRow("plus spaced") << u"+66 81 234 5678"_s;
        QTest::newRow("66") << u"66812345678"_s;
    }
    void normalizesMobileNumbers()
    {
        QFETCH(QString, input);
        QCOMPARE(normalizeMobile(input).value(), u"0066812345678"_s);
    }

    void slipVerificationQr()
    {
        // The worked example: bank 014 (SCB), reference 0141234567890ABC.
        const QString example = u"00370006000001010301402160141234567890ABC5102TH91045AEE"_s;
        const auto slip = promptpay::parseSlip(example);
        QVERIFY2(slip, qPrintable(slip ? QString() : slip.error().message));
        QCOMPARE(slip->kind, promptpay::Slip::Kind::Bank);
        QCOMPARE(slip->sendingBank, u"014"_s);
        QCOMPARE(slip->transRef, u"0141234567890ABC"_s);
        QCOMPARE(promptpay::buildSlip(*slip).value(), example);
        QVERIFY(promptpay::parseSlip(example.left(example.size() - 4) + u"5aee"_s)); // CRC hex in either case
        // TrueMoney: no tag 51, lower-case CRC.
        const promptpay::Slip wallet{promptpay::Slip::Kind::TrueMoney, {}, {}, u"P2P"_s, u"50031234567"_s, u"29022024"_s};
        const QString w = promptpay::buildSlip(wallet).value();
        QCOMPARE(w.right(4), w.right(4).toLower());
        QCOMPARE(promptpay::parseSlip(w).value(), wallet);
        QCOMPARE(promptpay::parseSlip(w.left(w.size() - 4) + w.right(4).toUpper()).value(), wallet);
    }

    void aScannerTypingThroughTheThaiLayoutIsReadBack()
    {
        // A keyboard-wedge scanner sends US keys; with the till's layout on Thai (Kedmanee) the
        // slip's QR arrives as Thai letters. It is read back to what the QR says.
        const QString example = u"00370006000001010301402160141234567890ABC5102TH91045AEE"_s;
        const QString typed = promptpay::toThaiKeyboard(example);
        QVERIFY(!typed.contains(u'0') && !typed.contains(u'A'));
        QCOMPARE(typed.left(4), u"จจ-ึ"_s); // 0 0 3 7 on the Thai layout
        QCOMPARE(promptpay::fromThaiKeyboard(typed), example);
        QCOMPARE(promptpay::fromThaiKeyboard(example), example); // a US layout: as it is
        QCOMPARE(promptpay::fromThaiKeyboard(u"ฤ"_s), u"A"_s);
        // Every printable key comes back as itself: the layout table has no two keys alike.
        QString keys;
        for (char16_t c = 0x21; c < 0x7f; ++c)
            keys.append(QChar(c));
        QCOMPARE(promptpay::fromThaiKeyboard(u"ก"_s + promptpay::toThaiKeyboard(keys)), u"d"_s + keys);
    }

    void slipRejects_data()
    {
        QTest::addColumn<QString>("payload");
        auto withCrc = [](const QString &body) -> QString {
            const QString b = body + u"9104"_s;
            return b + QString::number(promptpay::crc16(b.toLatin1()), 16).toUpper().rightJustified(4, u'0');
        };
        QTest::newRow("changed reference") << u"00370006000001010301402160141234567890ABD5102TH91045AEE"_s;
        QTest::newRow("no CRC") << u"00370006000001010301402160141234567890ABC5102TH"_s;
        QTest::newRow("CRC not last") << u"00370006000001010301402160141234567890ABC91045AEE5102TH"_s;
        QTest::newRow("no 51") << withCrc(u"00370006000001010301402160141234567890ABC"_s);
        QTest::newRow("51 not TH") << withCrc(u"00370006000001010301402160141234567890ABC5102LA"_s);
        QTest::newRow("extra top tag") << withCrc(u"00370006000001010301402160141234567890ABC5102TH6202XX"_s);
        QTest::newRow("extra inner tag") << withCrc(u"00430006000001010301402160141234567890ABC0302XX5102TH"_s);
        QTest::newRow("bank of 2 digits") << withCrc(u"00360006000001010201402160141234567890ABC5102TH"_s);
        QTest::newRow("bank not digits") << withCrc(u"00370006000001010301A02160141234567890ABC5102TH"_s);
        QTest::newRow("empty reference") << withCrc(u"002100060000010103014020 5102TH"_s);
        QTest::newRow("reference with space") << withCrc(u"00370006000001010301402160141234567890 BC5102TH"_s);
        QTest::newRow("api type") << withCrc(u"00370006000002010301402160141234567890ABC5102TH"_s);
        QTest::newRow("length too long") << withCrc(u"00990006000001010301402160141234567890ABC5102TH"_s);
        QTest::newRow("PromptPay payment QR") << u"00020101021129370016A000000677010111011300668123456785802TH530376463045D82"_s;
        QTest::newRow("wallet bad date") << withCrc(u"00460002010102010203P2P031150031234567040831022024"_s);
        QTest::newRow("wallet ok but with 51") << withCrc(u"00460002010102010203P2P031150031234567040829022024"_s + u"5102TH"_s);
        QTest::newRow("non-ASCII") << u"00370006000001010301402160141234567890ABศ5102TH91045AEE"_s;
        QTest::newRow("empty") << QString();
    }
    void slipRejects()
    {
        QFETCH(QString, payload);
        const auto slip = promptpay::parseSlip(payload);
        QVERIFY2(!slip, qPrintable(payload));
        QVERIFY(!slip.error().message.isEmpty());
    }

    void randomSlipsReadBackAndAnyChangedCharacterIsRefused()
    {
        // Random bank and TrueMoney slips (a fixed seed: the same cases every run) read back as
        // built; every payload with one character changed is refused — except a change of case
        // in the CRC's hex, which is the same CRC.
        QRandomGenerator random(20261203);
        const QString alnum = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s;
        const auto pick = [&](const QString &from, int n) {
            QString out;
            for (int i = 0; i < n; ++i)
                out += from.at(random.bounded(int(from.size())));
            return out;
        };
        const QString changes = alnum + u"abcdef"_s;
        int refused = 0;
        for (int n = 0; n < 200; ++n) {
            promptpay::Slip slip;
            if (n % 2 == 0) {
                slip.kind = promptpay::Slip::Kind::Bank;
                slip.sendingBank = pick(u"0123456789"_s, 3);
                slip.transRef = pick(alnum, 10 + random.bounded(16));
            } else {
                slip.kind = promptpay::Slip::Kind::TrueMoney;
                slip.eventType = u"P2P"_s;
                slip.transactionId = pick(u"0123456789"_s, 11);
                slip.date = QDate(2024, 1 + random.bounded(12), 1 + random.bounded(28)).toString(u"ddMMyyyy"_s);
            }
            const QString payload = promptpay::buildSlip(slip).value();
            QCOMPARE(promptpay::parseSlip(payload).value(), slip);
            const qsizetype at = random.bounded(int(payload.size()));
            QChar other;
            do
                other = changes.at(random.bounded(int(changes.size())));
            while (other.toUpper() == payload.at(at).toUpper());
            QString changed = payload;
            changed[at] = other;
            QVERIFY2(!promptpay::parseSlip(changed), qPrintable(u"%1 (character %2 changed) was accepted"_s.arg(changed).arg(at)));
            ++refused;
        }
        QCOMPARE(refused, 200);
    }

    void thaiIdCheckDigit()
    {
        QVERIFY(isThaiIdChecksumValid(u"1101700230708"_s));
        QVERIFY(!isThaiIdChecksumValid(u"1101700230709"_s));
        QVERIFY(isThaiIdChecksumValid(u"3100600445244"_s));
        QVERIFY(!isThaiIdChecksumValid(u"1234567890123"_s));
        QVERIFY(!isThaiIdChecksumValid(u"110170023070"_s));
        QVERIFY(!isThaiIdChecksumValid(u"11017002307O8"_s));
        // The builder still accepts any 13 digits: the warning belongs to the settings screen.
        QVERIFY(buildForInput(u"1234567890123"_s, std::nullopt).ok());
    }
};

QTEST_GUILESS_MAIN(TestPromptPay)
#include "tst_promptpay.moc"
