// Receipts and printing (label print): layout, ESC/POS raster bytes, PDF, transports.
#include "fakeprinter.h"
#include "printing/transport.h"
#include "promptpay/promptpay.h"
#include "receipt/barcode.h"
#include "receipt/builders.h"
#include "receipt/renderer.h"
#include "receipt/taxinvoicepdf.h"
#include "testutil.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::receipt;

namespace {
ReceiptDocument sample(const QString &name, const QString &lang = u"th"_s)
{
    return sampleDocument(name, lang).value();
}

PrinterProfile profile(const QString &name)
{
    return PrinterProfile::byName(name).value();
}
} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private slots:
    void receiptHasEveryAbbreviatedTaxInvoiceField()
    {
        const QString th = sample(u"receipt"_s).plainText();
        for (const QString &must : {u"ใบกำกับภาษีอย่างย่อ"_s, u"0105561234567"_s, u"สำนักงานใหญ่"_s, u"POS ID POS01"_s, u"POS01-000123"_s,
                                    u"21/01/2026 19:00"_s, u"ราคารวมภาษีมูลค่าเพิ่มแล้ว"_s, u"27.49"_s, u"420.20"_s, u"500.00"_s, u"79.80"_s,
                                    u"ค่าบริการ 10%"_s, u"โต๊ะ T7"_s, u"Somchai"_s, u"2 x ฮะเก๋ากุ้ง | 138.00"_s})
            QVERIFY2(th.contains(must), qPrintable(must + u"\n"_s + th));
        QVERIFY(!th.contains(u"สำเนา"_s));
        const QString en = sample(u"receipt"_s, u"en"_s).plainText();
        QVERIFY(en.contains(u"Tax Invoice (ABB)"_s));
        QVERIFY(en.contains(u"VAT included"_s));
    }

    void theShopsSettingsDecideWhatTheReceiptSays()
    {
        // The till prints with the settings the server sent: a 10 % service charge is printed as
        // 10 % with its amount (it once printed "0%" because only the VAT mode reached the till).
        auto settings = ShopSettings::fromJson({{u"service_charge_percent"_s, u"10"_s},
                                                {u"shop_name"_s, u"Baan Noodle"_s},
                                                {u"tax_id"_s, u"0105561234567"_s},
                                                {u"receipt_footer"_s, u"See you soon"_s}},
                                               ShopSettings{}, true);
        QVERIFY(settings.ok());
        Order o;
        o.number = 7;
        OrderLine line;
        line.name = u"Pad thai"_s;
        line.unitPrice = Money::fromSatang(100'00);
        line.qty = 2;
        o.items.append(line);
        o.recompute(settings->tax);
        Payment p;
        p.receiptNumber = u"POS01-000042"_s;
        p.amount = o.totals.total;
        ReceiptContext ctx;
        ctx.shop = ShopInfo::from(*settings);
        ctx.shop.language = u"en"_s;
        const QString text = buildReceipt(o, p, ctx, false).plainText();
        for (const QString &must : {u"Service charge 10% | 20.00"_s, u"Baan Noodle"_s, u"0105561234567"_s, u"See you soon"_s, u"220.00"_s})
            QVERIFY2(text.contains(must), qPrintable(must + u"\n"_s + text));
    }

    // The shop's logo prints above its name, black and white, and its header lines below the
    // address; a logo that is not a PNG is refused by the settings.
    void theLogoAndTheHeaderPrintOnTheBill()
    {
        QImage logo(200, 60, QImage::Format_Grayscale8);
        logo.fill(Qt::white);
        QPainter(&logo).fillRect(20, 10, 160, 40, Qt::black);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        logo.save(&png, "PNG");
        auto settings = ShopSettings::fromJson({{u"shop_name"_s, u"Baan Noodle"_s},
                                                {u"receipt_header"_s, u"Open 10:00–22:00"_s},
                                                {u"receipt_logo"_s, QString::fromLatin1(png.data().toBase64())}},
                                               ShopSettings{});
        QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().message));
        Order o;
        o.number = 8;
        ReceiptContext ctx;
        ctx.shop = ShopInfo::from(*settings);
        const ReceiptDocument bill = buildPreBill(o, ctx, {});
        QVERIFY(bill.plainText().contains(u"Open 10:00–22:00"_s));
        const PrinterProfile p = profile(u"escpos-80-raster"_s);
        const QImage printed = ReceiptPainter(p.dots, p.columns).rasterize(bill);
        ctx.shop.logo.clear();
        const QImage plain = ReceiptPainter(p.dots, p.columns).rasterize(buildPreBill(o, ctx, {}));
        QVERIFY(printed.height() >= plain.height() + 60);
        QCOMPARE(qGray(printed.pixel(printed.width() / 2, 30)), 0); // the logo's black bar, centred
        for (const QString &bad : {u"not base64!"_s, QString::fromLatin1(QByteArray("GIF89a....").toBase64())}) {
            auto refused = ShopSettings::fromJson({{u"receipt_logo"_s, bad}}, ShopSettings{});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().field(), u"receipt_logo"_s);
        }
    }

    void aBillPaidInSeveralTendersListsEachOnOneReceipt()
    {
        Order o;
        o.number = 12;
        OrderLine line;
        line.name = u"Pad thai"_s;
        line.unitPrice = Money::fromSatang(89'00);
        line.qty = 6;
        o.items.append(line);
        TaxSettings tax;
        tax.serviceChargeBasisPoints = 1000;
        o.recompute(tax); // 534.00 + 53.40 service = 587.40
        Payment cash;
        cash.method = PaymentMethod::Cash;
        cash.amount = Money::fromSatang(195'80);
        cash.amountReceived = Money::fromSatang(200'00);
        cash.change = Money::fromSatang(4'20);
        cash.partial = true;
        Payment card;
        card.method = PaymentMethod::Card;
        card.amount = Money::fromSatang(195'80);
        card.approvalCode = u"A77"_s;
        card.tip = Money::fromSatang(20'00);
        card.partial = true;
        Payment qr;
        qr.method = PaymentMethod::PromptPay;
        qr.amount = Money::fromSatang(195'80);
        qr.slipBank = u"014"_s;
        qr.slipRef = u"0141234567890ABC"_s;
        qr.receiptNumber = u"POS01-000009"_s;
        ReceiptContext ctx;
        ctx.shop.language = u"en"_s;
        ctx.shop.tax = tax;
        const ReceiptDocument d = buildReceipt(o, {cash, card, qr}, ctx, false);
        const QString text = d.plainText();
        for (const QString &must :
             {u"TOTAL | 587.40"_s, u"Cash (195.80) | 200.00"_s, u"Change | 4.20"_s, u"Card | 195.80"_s, u"Approval | A77"_s,
              u"PromptPay | 195.80"_s, u"Slip 014 0141234567890ABC"_s, u"Tip | 20.00"_s, u"No. POS01-000009"_s})
            QVERIFY2(text.contains(must), qPrintable(must + u"\n"_s + text));
        // The tip sits below the total, outside it.
        QVERIFY(text.indexOf(u"Tip | 20.00"_s) > text.indexOf(u"TOTAL | 587.40"_s));
        QCOMPARE(text.count(u"POS01-"_s), 2); // one receipt: its number line and its barcode
        // Thai, rasterised: each tender's word is there.
        ctx.shop.language = u"th"_s;
        const QString th = buildReceipt(o, {cash, card, qr}, ctx, false).plainText();
        for (const QString &must : {u"เงินสด"_s, u"บัตร"_s, u"พร้อมเพย์"_s, u"ทิป"_s, u"เงินทอน"_s})
            QVERIFY2(th.contains(must), qPrintable(must));
        QCOMPARE(test::zbarDecode(ReceiptPainter(576, 48).rasterize(d)), u"POS01-000009"_s);
    }

    // A bill of a long party is printed whole, its end (the QR) included, however long it is.
    void aLongBillPrintsWhole()
    {
        ReceiptDocument d;
        for (int i = 1; i <= 160; ++i)
            d.columns(u"ข้าวผัดกุ้ง %1"_s.arg(i), u"120.00"_s);
        d.qr(u"POS01-000160"_s);
        const QImage img = ReceiptPainter(576, 48).rasterize(d);
        QVERIFY2(img.height() > 3000, qPrintable(QString::number(img.height())));
        QCOMPARE(test::zbarDecode(img), u"POS01-000160"_s);
    }

    void reprintIsMarkedCopy()
    {
        Order o;
        o.number = 1;
        Payment p;
        p.receiptNumber = u"POS01-000001"_s;
        ReceiptContext ctx;
        QVERIFY(buildReceipt(o, p, ctx, true).plainText().contains(u"สำเนา"_s));
        ctx.shop.language = u"en"_s;
        QVERIFY(buildReceipt(o, p, ctx, true).plainText().contains(u"COPY"_s));
    }

    void preBillIsNotATaxInvoiceAndCarriesTheExactAmountQr()
    {
        const ReceiptDocument d = sample(u"prebill"_s);
        QVERIFY(d.plainText().contains(u"ไม่ใช่ใบกำกับภาษี"_s));
        QVERIFY(!d.plainText().contains(u"ใบกำกับภาษีอย่างย่อ"_s));
        const QImage img = ReceiptPainter(576, 48).rasterize(d);
        QCOMPARE(img.width(), 576);
        const QString scanned = test::zbarDecode(img);
        QCOMPARE(scanned, samplePromptPayPayload());
        QCOMPARE(promptpay::parse(scanned).value().amount->toString(), u"420.20"_s);
    }

    void kitchenVoidTicketsStandOut()
    {
        KitchenTicket k;
        k.isVoid = true;
        k.tableName = u"T3"_s;
        k.items = {KitchenTicketItem{u"Pad thai"_s, 1, {}, {}}};
        QVERIFY(buildKitchenTicket(k, ReceiptContext{}).plainText().contains(u"ยกเลิก"_s));
        QVERIFY(sample(u"kitchen"_s).plainText().contains(u"+ Extra shrimp"_s));
        QVERIFY(sample(u"kitchen"_s).plainText().contains(u"ไม่ใส่ผงชูรส"_s));
    }

    void queueTicketQrOpensTheStatusPage()
    {
        const ReceiptDocument d = sample(u"queue"_s);
        QVERIFY(d.plainText().contains(u"A007"_s));
        QCOMPARE(test::zbarDecode(ReceiptPainter(384, 32).rasterize(d)), sampleQueueUrl());
    }

    void rasterIsExactlyThePaperWidth_data()
    {
        QTest::addColumn<QString>("profileName");
        QTest::addColumn<int>("dots");
        QTest::newRow("80 mm") << u"escpos-80-raster"_s << 576;
        QTest::newRow("58 mm") << u"escpos-58-raster"_s << 384;
    }
    void rasterIsExactlyThePaperWidth()
    {
        QFETCH(QString, profileName);
        QFETCH(int, dots);
        const PrinterProfile p = profile(profileName);
        for (const QString &name : {u"prebill"_s, u"receipt"_s, u"kitchen"_s, u"queue"_s}) {
            const QImage img = ReceiptPainter(p.dots, p.columns).rasterize(sample(name));
            QCOMPARE(img.width(), dots);
            QVERIFY(img.height() > 100);
        }
    }

    void escPosRasterBytesDecodeBackToTheSameImage()
    {
        const PrinterProfile p = profile(u"escpos-80-raster"_s);
        const QImage img = ReceiptPainter(p.dots, p.columns).rasterize(sample(u"prebill"_s));
        const QByteArray bytes = encodeEscPosRaster(img, p);
        QVERIFY(bytes.startsWith(QByteArray("\x1B\x40", 2)));
        QVERIFY(bytes.endsWith(QByteArray("\x1D\x56\x42\x00", 4)));
        // Bands of at most 256 rows, 72 bytes per row.
        int bands = 0;
        for (qsizetype i = bytes.indexOf(QByteArray("\x1D\x76\x30\x00", 4)); i >= 0;
             i = bytes.indexOf(QByteArray("\x1D\x76\x30\x00", 4), i + 1)) {
            QCOMPARE(quint8(bytes[i + 4]) | (quint8(bytes[i + 5]) << 8), 72);
            const int rows = quint8(bytes[i + 6]) | (quint8(bytes[i + 7]) << 8);
            QVERIFY(rows >= 1 && rows <= 256);
            ++bands;
            i += 8 + 72 * rows - 1;
        }
        QCOMPARE(bands, (img.height() + 255) / 256);
        const QImage back = decodeEscPosRaster(bytes).value();
        QCOMPARE(back.size(), img.size());
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 3)
                QCOMPARE(qGray(back.pixel(x, y)) < 128, qGray(img.pixel(x, y)) < 128);
        QCOMPARE(test::zbarDecode(back), samplePromptPayPayload());
        // Captured bytes that describe no image, or bands of two widths, are an error, not a
        // crash (found by fuzz_escpos).
        const QByteArray zeroWidth("\x1D\x76\x30\x00\x00\x00\x03\x00", 8);
        QVERIFY(!decodeEscPosRaster(zeroWidth));
        const QByteArray band1("\x1D\x76\x30\x00\x01\x00\x01\x00\xFF", 9);
        const QByteArray band2("\x1D\x76\x30\x00\x02\x00\x01\x00\xFF\xFF", 10);
        QVERIFY(!decodeEscPosRaster(band1 + band2));
        QCOMPARE(decodeEscPosRaster(band1 + band1).value().size(), QSize(8, 2));
    }

    void drawerKickWhenTheProfileAsks()
    {
        PrinterProfile p = profile(u"escpos-58-raster"_s);
        p.drawerKick = true;
        QVERIFY(encodeEscPosRaster(QImage(8, 8, QImage::Format_Mono), p).endsWith(QByteArray("\x1B\x70\x00\x32\xFA", 5)));
        p.drawerKick = false;
        QVERIFY(!encodeEscPosRaster(QImage(8, 8, QImage::Format_Mono), p).contains(QByteArray("\x1B\x70", 2)));
    }

    static TaxInvoice sampleInvoice()
    {
        TaxInvoice t;
        t.invoiceNumber = u"POS01-TI-000007"_s;
        t.orderId = u"41"_s;
        t.receiptNumber = u"POS01-000041"_s;
        t.issuedAt = QDateTime::fromString(u"2026-06-15T06:30:00Z"_s, Qt::ISODate);
        t.seller = {u"Baan Tavola"_s, u"บ้านตาโวลา"_s, u"0105536000011"_s, u"00000"_s, u"99 ถนนสุขุมวิท กรุงเทพฯ 10110"_s};
        t.buyer = {u"บริษัท ตัวอย่าง จำกัด"_s, u"0105551234567"_s, u"00001"_s, u"1 ถนนสีลม\nบางรัก กรุงเทพฯ 10500"_s};
        t.lines = {{u"Pad thai"_s, u"ผัดไทย"_s, 2, Money::fromSatang(89'00), Money::fromSatang(178'00)},
                   {u"Thai iced tea"_s, u"ชาเย็น"_s, 1, Money::fromSatang(45'00), Money::fromSatang(45'00)}};
        t.subtotal = Money::fromSatang(223'00);
        t.discount = Money::fromSatang(10'00);
        t.serviceCharge = Money::fromSatang(21'30);
        t.total = Money::fromSatang(234'30);
        t.vat = Money::fromSatang(15'33);
        return t;
    }

    void aFullTaxInvoiceOnThePrinterHasEveryField()
    {
        const TaxInvoice t = sampleInvoice();
        const ReceiptDocument d = buildTaxInvoice(t, ReceiptContext{}, false);
        const QString text = d.plainText();
        // docs/domain.md, "Full tax invoice": every field, the buyer's branch spelled out.
        for (const QString &must : {u"ใบกำกับภาษี"_s,
                                    u"Tax Invoice"_s,
                                    u"บ้านตาโวลา"_s,
                                    u"99 ถนนสุขุมวิท"_s,
                                    u"0105536000011"_s,
                                    u"สำนักงานใหญ่"_s,
                                    u"บริษัท ตัวอย่าง จำกัด"_s,
                                    u"1 ถนนสีลม"_s,
                                    u"บางรัก กรุงเทพฯ 10500"_s,
                                    u"0105551234567"_s,
                                    u"สาขาที่ 00001"_s,
                                    u"POS01-TI-000007"_s,
                                    u"15/06/2026 13:30"_s,
                                    u"2 x ผัดไทย | 178.00"_s,
                                    u"@ 89.00"_s,
                                    u"1 x ชาเย็น | 45.00"_s,
                                    u"-10.00"_s,
                                    u"21.30"_s,
                                    u"มูลค่าก่อนภาษี (Before VAT) | 218.97"_s,
                                    u"ภาษีมูลค่าเพิ่ม 7% (VAT) | 15.33"_s,
                                    u"234.30"_s,
                                    u"ออกแทนใบกำกับภาษีอย่างย่อเลขที่ POS01-000041"_s})
            QVERIFY2(text.contains(must), qPrintable(must + u"\n"_s + text));
        QVERIFY(!text.contains(u"COPY"_s) && !text.contains(u"CANCELLED"_s));
        // Rasterised for the 80 mm printer: Thai drawn, the number's barcode scans.
        const QImage img = ReceiptPainter(576, 48).rasterize(d);
        QCOMPARE(img.width(), 576);
        QCOMPARE(test::zbarDecode(img), u"POS01-TI-000007"_s);
        QVERIFY(buildTaxInvoice(t, ReceiptContext{}, true).plainText().contains(u"สำเนา / COPY"_s));
        TaxInvoice cancelled = t;
        cancelled.status = TaxInvoice::Status::Cancelled;
        QVERIFY(buildTaxInvoice(cancelled, ReceiptContext{}, false).plainText().contains(u"CANCELLED"_s));
    }

    void aFullTaxInvoiceAsAnA4Pdf()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"invoice.pdf"_s);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(taxInvoicePdf(sampleInvoice(), 7 * 60));
        f.close();
        QByteArray info;
        QCOMPARE(test::runProcess(u"pdfinfo"_s, {pdf}, &info), 0);
        QVERIFY2(info.contains("595") && info.contains("842"), info.constData()); // A4 in points
        QByteArray fonts;
        QCOMPARE(test::runProcess(u"pdffonts"_s, {pdf}, &fonts), 0);
        QVERIFY2(fonts.contains("yes"), fonts.constData()); // embedded
        // The text a reader (or the accountant's software) gets out of it has every field.
        // pdftotext gives Thai back glyph by glyph (ำ as ํ + า, a mark above as the font's
        // private-use variant, a space here and there), so Thai words are compared by their letters
        // on the line.
        auto skeleton = [](const QString &s) {
            QString out;
            for (const QChar c : s) {
                const char16_t u = c.unicode();
                if (c.isSpace() || u == 0x0E31 || (u >= 0x0E34 && u <= 0x0E3A) || (u >= 0x0E47 && u <= 0x0E4E)
                    || (u >= 0xE000 && u <= 0xF8FF))
                    continue;
                out += u == 0x0E33 ? QChar(0x0E32) : c;
            }
            return out;
        };
        QByteArray extracted;
        QCOMPARE(test::runProcess(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}, &extracted), 0);
        const QString text = skeleton(QString::fromUtf8(extracted));
        for (const QString &must : {u"ใบกำกับภาษี"_s,
                                    u"Tax Invoice"_s,
                                    u"บ้านตาโวลา"_s,
                                    u"0105536000011"_s,
                                    u"สำนักงานใหญ่"_s,
                                    u"บริษัท ตัวอย่าง จำกัด"_s,
                                    u"1 ถนนสีลม"_s,
                                    u"0105551234567"_s,
                                    u"สาขาที่ 00001"_s,
                                    u"POS01-TI-000007"_s,
                                    u"15/06/2026 13:30"_s,
                                    u"ผัดไทย"_s,
                                    u"89.00"_s,
                                    u"178.00"_s,
                                    u"ชาเย็น"_s,
                                    u"45.00"_s,
                                    u"-10.00"_s,
                                    u"21.30"_s,
                                    u"มูลค่าก่อนภาษีมูลค่าเพิ่ม"_s,
                                    u"218.97"_s,
                                    u"ภาษีมูลค่าเพิ่ม 7%"_s,
                                    u"15.33"_s,
                                    u"234.30"_s,
                                    u"ออกแทนใบกำกับภาษีอย่างย่อเลขที่ POS01-000041"_s})
            QVERIFY2(text.contains(skeleton(must)), qPrintable(must + u"\n"_s + QString::fromUtf8(extracted)));
        // And it renders.
        QCOMPARE(test::runProcess(u"pdftoppm"_s, {u"-r"_s, u"50"_s, u"-png"_s, pdf, dir.filePath(u"page"_s)}), 0);
        // A cancelled one says so.
        TaxInvoice cancelled = sampleInvoice();
        cancelled.status = TaxInvoice::Status::Cancelled;
        cancelled.cancelledAt = cancelled.issuedAt.addSecs(3600);
        QFile c(dir.filePath(u"cancelled.pdf"_s));
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(taxInvoicePdf(cancelled, 7 * 60, true));
        c.close();
        QCOMPARE(test::runProcess(u"pdftotext"_s, {c.fileName(), u"-"_s}, &extracted), 0);
        QVERIFY(QString::fromUtf8(extracted).contains(u"CANCELLED"_s));
        QVERIFY(QString::fromUtf8(extracted).contains(u"COPY"_s));
    }

    void pdfRendersAndItsQrScans()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"prebill.pdf"_s);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ReceiptPainter(576, 48).pdf(sample(u"prebill"_s)));
        f.close();
        QVERIFY(QFile(pdf).size() > 1000);
        QCOMPARE(test::runProcess(u"pdftoppm"_s, {u"-r"_s, u"203"_s, u"-png"_s, pdf, dir.filePath(u"page"_s)}), 0);
        QString png = dir.filePath(u"page-1.png"_s);
        if (!QFile::exists(png))
            png = dir.filePath(u"page-01.png"_s);
        QCOMPARE(test::zbarDecode(png), samplePromptPayPayload());
        // Thai fonts are embedded.
        QByteArray fonts;
        QCOMPARE(test::runProcess(u"pdffonts"_s, {pdf}, &fonts), 0);
        QVERIFY2(fonts.contains("yes"), fonts.constData());
    }

    void aRealTcpPrinterReceivesExactlyTheBytes()
    {
        test::FakePrinter printer;
        QVERIFY(printer.listen());
        const PrinterProfile p = profile(u"escpos-80-raster"_s);
        const QByteArray bytes = encodeEscPosRaster(ReceiptPainter(p.dots, p.columns).rasterize(sample(u"receipt"_s)), p);
        // The blocking send runs in a thread so this thread's event loop can play the printer.
        Status result;
        QThread *t = QThread::create([&] { result = printing::sendToPrinter(printer.uri(), bytes); });
        t->start();
        QTRY_VERIFY_WITH_TIMEOUT(t->isFinished(), 20000);
        delete t;
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(printer.received.size(), bytes.size(), 10000);
        QCOMPARE(printer.received, bytes);
    }

    void deadPrintersGiveClearErrors()
    {
        const quint16 port = test::unusedPort();
        const Status refused = printing::sendToPrinter(u"tcp://127.0.0.1:%1"_s.arg(port), "x", 2000);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"refused"_s), qPrintable(refused.error().message));
        const Status badUri = printing::sendToPrinter(u"lpt1"_s, "x");
        QCOMPARE(badUri.error().code, ErrorCode::ValidationFailed);
        const Status noDevice = printing::sendToPrinter(u"file:///nonexistent-dir/lp0"_s, "x");
        QVERIFY(noDevice.error().message.contains(u"/nonexistent-dir/lp0"_s));
    }

    void serialPrinterOnAPseudoTerminal()
    {
#ifndef Q_OS_UNIX
        QSKIP("socat and pseudo-terminals are POSIX");
#else
        // socat joins two pseudo-terminals: Tavola writes to one as to /dev/ttyUSB0, the test
        // reads what a serial printer on the other end would receive.
        QTemporaryDir dir;
        QProcess socat;
        socat.start(u"socat"_s,
                    {u"pty,raw,echo=0,link="_s + dir.filePath(u"printer"_s), u"pty,raw,echo=0,link="_s + dir.filePath(u"till"_s)});
        QVERIFY(socat.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"printer"_s)) && QFile::exists(dir.filePath(u"till"_s)), 10000);
        QFile printer(dir.filePath(u"printer"_s));
        QVERIFY(printer.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        const PrinterProfile p = profile(u"escpos-58-raster"_s);
        const QByteArray bytes = encodeEscPos(sample(u"kitchen"_s), p);
        Status result;
        QThread *t = QThread::create(
            [&] { result = printing::sendToPrinter(u"serial://"_s + dir.filePath(u"till"_s) + u"?baud=115200&flow=none"_s, bytes); });
        t->start();
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        ::fcntl(printer.handle(), F_SETFL, ::fcntl(printer.handle(), F_GETFL) | O_NONBLOCK);
        while (received.size() < bytes.size() && timer.elapsed() < 20000) {
            char buf[4096];
            const auto n = ::read(printer.handle(), buf, sizeof buf);
            if (n > 0)
                received.append(buf, n);
            else
                QTest::qWait(5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(t->isFinished(), 20000);
        delete t;
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(received, bytes);
        socat.terminate();
        socat.waitForFinished();
        QVERIFY(!printing::sendToPrinter(u"serial:///nonexistent-dir/ttyUSB9"_s, "x").ok());
        QCOMPARE(printing::sendToPrinter(u"serial://"_s + dir.filePath(u"till"_s) + u"?baud=fast"_s, "x").error().code,
                 ErrorCode::ValidationFailed);
#endif
    }

    void fileTransportWritesTheBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lp0"_s);
        QVERIFY(printing::sendToPrinter(u"file://"_s + path, QByteArray("\x1B\x40hello", 7)).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\x1B\x40hello", 7));
    }

    void thaiInTextModeIsTis620AndMarksTakeNoColumn()
    {
        QCOMPARE(toTis620(u"ก"_s), QByteArray("\xA1"));
        QCOMPARE(toTis620(u"฿"_s), QByteArray("\xDF"));
        QCOMPARE(toTis620(u"A ข"_s), QByteArray("A \xA2"));
        QCOMPARE(printColumns(u"ผู้ใหญ่"_s), 4);
        QCOMPARE(printColumns(u"น้ำ"_s), 2);
        QCOMPARE(printColumns(u"Har gow"_s), 7);
    }

    void textModeReceipt()
    {
        const PrinterProfile p = profile(u"escpos-80-text"_s);
        QCOMPARE(p.mode, PrinterProfile::Mode::Text);
        const QByteArray out = encodeEscPos(sample(u"receipt"_s), p);
        QVERIFY(out.startsWith(QByteArray("\x1B\x40\x1C\x2E\x1B\x74\x15", 7))); // init, no Kanji, code page 21
        QVERIFY(out.contains(toTis620(u"ใบกำกับภาษีอย่างย่อ"_s)));
        QVERIFY(out.endsWith(QByteArray("\x1D\x56\x42\x00", 4)));
        // Amounts line up at the right edge: 48 columns, Thai marks not counted.
        bool found = false;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.endsWith("138.00"))
                continue;
            QString text;
            for (const char c : line.mid(line.indexOf('2'))) // after the style commands
                text += uchar(c) >= 0xA1 ? QChar(char16_t(uchar(c) - 0xA0 + 0x0E00)) : QChar(char16_t(uchar(c)));
            QCOMPARE(printColumns(text), 48);
            found = true;
        }
        QVERIFY(found);
    }

    void nativeQrWhereTheProfileHasIt()
    {
        const QByteArray out = encodeEscPos(sample(u"prebill"_s), profile(u"escpos-80-text"_s));
        const QByteArray payload = samplePromptPayPayload().toLatin1();
        const qsizetype store = out.indexOf(QByteArray(QByteArray("\x31\x50\x30", 3) + payload));
        QVERIFY(store > 0);
        const int len = quint8(out[store - 2]) | (quint8(out[store - 1]) << 8);
        QCOMPARE(len, payload.size() + 3);
        QVERIFY(out.contains(QByteArray("\x1D\x28\x6B\x03\x00\x31\x51\x30", 8))); // print
    }

    void rasterQrWhereTheProfileHasNone()
    {
        const QByteArray out = encodeEscPos(sample(u"prebill"_s), profile(u"escpos-58-text"_s));
        QVERIFY(!out.contains(QByteArray("\x1D\x28\x6B", 3)));
        QCOMPARE(test::zbarDecode(decodeEscPosRaster(out).value()), samplePromptPayPayload());
    }

    void userDefinedProfiles()
    {
        const QJsonObject j{{u"name"_s, u"xprinter-80"_s}, {u"paper_mm"_s, 80},  {u"dots"_s, 576},       {u"columns"_s, 48},
                            {u"mode"_s, u"text"_s},        {u"code_page"_s, 70}, {u"native_qr"_s, true}, {u"drawer_kick"_s, true}};
        const PrinterProfile p = PrinterProfile::fromJson(j).value();
        QCOMPARE(p.codePage, 70);
        QCOMPARE(PrinterProfile::fromJson(p.toJson()).value().toJson(), p.toJson());
        QCOMPARE(PrinterProfile::byName(u"xprinter-80"_s, {p}).value().codePage, 70);
        QVERIFY(encodeEscPos(sample(u"kitchen"_s), p).startsWith(QByteArray("\x1B\x40\x1C\x2E\x1B\x74\x46", 7)));
        QJsonObject bad = j;
        bad[u"dots"_s] = 570;
        QCOMPARE(PrinterProfile::fromJson(bad).error().field(), u"dots"_s);
        bad = j;
        bad[u"mode"_s] = u"laser"_s;
        QCOMPARE(PrinterProfile::fromJson(bad).error().field(), u"mode"_s);
    }

    void barcodesScan()
    {
        for (const QString &data : {u"POS01-000123"_s, u"A"_s, u"Tavola 42 ~!"_s}) {
            const QImage img = code128Image(data, 2, 80).value();
            QCOMPARE(test::zbarDecode(img), data);
        }
        QVERIFY(!code128Modules(u"ผัดไทย"_s).ok());
        QVERIFY(!code128Modules(QString()).ok());
        // The paid receipt carries its number as a barcode, for finding the sale at a refund.
        QCOMPARE(test::zbarDecode(ReceiptPainter(576, 48).rasterize(sample(u"receipt"_s))), u"POS01-000123"_s);
        const QByteArray text = encodeEscPos(sample(u"receipt"_s), profile(u"escpos-80-text"_s));
        QVERIFY(text.contains(QByteArray("\x1D\x6B\x49\x0E{BPOS01-000123", 18)));
    }

    void fontBForMoreColumns()
    {
        PrinterProfile p = profile(u"escpos-80-text"_s);
        p.fontB = true;
        p.columns = 64;
        const QByteArray out = encodeEscPos(sample(u"receipt"_s), p);
        QVERIFY(out.contains(QByteArray("\x1B\x4D\x01", 3)));
        QVERIFY(out.contains(QByteArray(QByteArray(64, '-') + '\n')));
        QCOMPARE(PrinterProfile::fromJson(p.toJson()).value().fontB, true);
    }

    void systemPrintersThroughQPrinter()
    {
        // An office printer gets the receipt at its real size; QPrinter's PDF output stands in
        // for the printer, and the page is turned back into an image to scan the QR.
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(u"office.pdf"_s));
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&printer);
        const int used = ReceiptPainter(576, 48).paintAtSize(painter, sample(u"prebill"_s), printer.resolution());
        painter.end();
        QVERIFY(used > printer.resolution() * 3); // taller than 3 inches, as a real pre-bill is
        QCOMPARE(test::runProcess(u"pdftoppm"_s,
                                  {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, dir.filePath(u"office.pdf"_s), dir.filePath(u"page"_s)}),
                 0);
        QCOMPARE(test::zbarDecode(dir.filePath(u"page.png"_s)), samplePromptPayPayload());
    }

    void samplesAreReproducible()
    {
        const PrinterProfile p = profile(u"escpos-80-raster"_s);
        const ReceiptPainter painter(p.dots, p.columns);
        for (const QString &name : {u"prebill"_s, u"receipt"_s, u"kitchen"_s, u"queue"_s})
            QCOMPARE(encodeEscPosRaster(painter.rasterize(sample(name)), p), encodeEscPosRaster(painter.rasterize(sample(name)), p));
        QVERIFY(!sampleDocument(u"menu"_s).ok());
    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
