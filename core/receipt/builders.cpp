#include "builders.h"

#include "promptpay/promptpay.h"

#include <QHash>
#include <QImage>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tavola::receipt {

ShopInfo ShopInfo::from(const ShopSettings &s)
{
    ShopInfo shop;
    shop.name = s.shopName;
    shop.nameTh = s.shopNameTh;
    shop.taxId = s.taxId;
    shop.branch = s.branch;
    shop.address = s.address;
    shop.posId = s.posId;
    shop.header = s.receiptHeader;
    shop.logo = s.logoPng();
    shop.footer = s.receiptFooter;
    for (const KitchenStation &st : s.stations)
        shop.stationNames.insert(st.id, shop.language == u"th"_s && !st.nameTh.isEmpty() ? st.nameTh : st.name);
    shop.tax = s.tax;
    shop.utcOffsetMinutes = s.utcOffsetMinutes;
    return shop;
}

namespace {

// Receipt words in the shop's receipt language (a shop setting, not the till's UI language).
QString label(const ShopInfo &shop, const char *key)
{
    static const QHash<QString, std::pair<QString, QString>> words{
        {u"abb"_s, {u"ใบกำกับภาษีอย่างย่อ"_s, u"Tax Invoice (ABB)"_s}},
        {u"prebill"_s, {u"ใบแจ้งรายการ"_s, u"Bill"_s}},
        {u"not_tax_invoice"_s, {u"ไม่ใช่ใบกำกับภาษี"_s, u"Not a tax invoice"_s}},
        {u"copy"_s, {u"สำเนา"_s, u"COPY"_s}},
        {u"tax_id"_s, {u"เลขประจำตัวผู้เสียภาษี"_s, u"Tax ID"_s}},
        {u"pos_id"_s, {u"POS ID"_s, u"POS ID"_s}},
        {u"receipt_no"_s, {u"เลขที่"_s, u"No."_s}},
        {u"date"_s, {u"วันที่"_s, u"Date"_s}},
        {u"table"_s, {u"โต๊ะ"_s, u"Table"_s}},
        {u"takeaway"_s, {u"กลับบ้าน"_s, u"Takeaway"_s}},
        {u"order"_s, {u"ออเดอร์"_s, u"Order"_s}},
        {u"cashier"_s, {u"พนักงาน"_s, u"Cashier"_s}},
        {u"subtotal"_s, {u"รวม"_s, u"Subtotal"_s}},
        {u"discount"_s, {u"ส่วนลด"_s, u"Discount"_s}},
        {u"service"_s, {u"ค่าบริการ"_s, u"Service charge"_s}},
        {u"vat_included"_s, {u"ราคารวมภาษีมูลค่าเพิ่มแล้ว"_s, u"VAT included"_s}},
        {u"vat"_s, {u"ภาษีมูลค่าเพิ่ม"_s, u"VAT"_s}},
        {u"total"_s, {u"ยอดสุทธิ"_s, u"TOTAL"_s}},
        {u"cash"_s, {u"เงินสด"_s, u"Cash"_s}},
        {u"card"_s, {u"บัตร"_s, u"Card"_s}},
        {u"promptpay"_s, {u"พร้อมเพย์"_s, u"PromptPay"_s}},
        {u"change"_s, {u"เงินทอน"_s, u"Change"_s}},
        {u"rounding"_s, {u"ปัดเศษ"_s, u"Rounding"_s}},
        {u"scan_to_pay"_s, {u"สแกนจ่ายด้วยพร้อมเพย์"_s, u"Scan to pay with PromptPay"_s}},
        {u"void"_s, {u"ยกเลิก"_s, u"VOID"_s}},
        {u"queue"_s, {u"บัตรคิว"_s, u"Queue ticket"_s}},
        {u"party"_s, {u"จำนวนท่าน"_s, u"Party of"_s}},
        {u"ahead"_s, {u"คิวก่อนหน้า"_s, u"Parties ahead"_s}},
        {u"scan_status"_s, {u"สแกนเพื่อดูคิวของคุณ"_s, u"Scan to follow your turn"_s}},
        {u"head_office"_s, {u"สำนักงานใหญ่"_s, u"Head office"_s}},
        {u"approval"_s, {u"รหัสอนุมัติ"_s, u"Approval"_s}},
        {u"tip"_s, {u"ทิป"_s, u"Tip"_s}},
        {u"paid"_s, {u"ชำระแล้ว"_s, u"Paid"_s}},
        {u"slip"_s, {u"สลิป"_s, u"Slip"_s}},
        {u"x_report"_s, {u"รายงาน X (กะยังเปิดอยู่)"_s, u"X report (shift open)"_s}},
        {u"z_report"_s, {u"รายงาน Z (ปิดกะ)"_s, u"Z report (shift closed)"_s}},
        {u"shift"_s, {u"กะ"_s, u"Shift"_s}},
        {u"opened"_s, {u"เปิดกะ"_s, u"Opened"_s}},
        {u"closed"_s, {u"ปิดกะ"_s, u"Closed"_s}},
        {u"sales"_s, {u"ยอดขาย"_s, u"Sales"_s}},
        {u"refunds"_s, {u"คืนเงิน"_s, u"Refunds"_s}},
        {u"voids"_s, {u"ยกเลิกรายการ"_s, u"Voids"_s}},
        {u"net"_s, {u"ยอดขายสุทธิ"_s, u"Net sales"_s}},
        {u"opening_cash"_s, {u"เงินทอนตั้งต้น"_s, u"Opening cash"_s}},
        {u"expected"_s, {u"เงินสดที่ควรมี"_s, u"Expected cash"_s}},
        {u"counted"_s, {u"นับได้"_s, u"Counted"_s}},
        {u"over_short"_s, {u"เกิน/ขาด"_s, u"Over/short"_s}},
        {u"tips"_s, {u"ทิปของพนักงาน"_s, u"Tips owed to staff"_s}},
    };
    const auto w = words.value(QString::fromLatin1(key));
    return shop.language == u"en"_s ? w.second : w.first;
}

QString localTime(const QDateTime &t, int offsetMinutes)
{
    return t.toUTC().addSecs(qint64(offsetMinutes) * 60).toString(u"dd/MM/yyyy HH:mm"_s);
}

QString lineName(const OrderLine &l, const ShopInfo &shop)
{
    return shop.language == u"th"_s && !l.nameTh.isEmpty() ? l.nameTh : l.name;
}

void header(ReceiptDocument &d, const ReceiptContext &ctx)
{
    const ShopInfo &s = ctx.shop;
    const QString name = s.language == u"th"_s && !s.nameTh.isEmpty() ? s.nameTh : s.name;
    if (!s.logo.isEmpty()) {
        if (const QImage logo = QImage::fromData(s.logo, "PNG"); !logo.isNull())
            d.image(logo);
    }
    d.text(name, Align::Center, 2, true);
    if (!s.address.isEmpty())
        d.text(s.address, Align::Center);
    for (const QString &line : s.header.split(u'\n', Qt::SkipEmptyParts))
        d.text(line, Align::Center);
}

void items(ReceiptDocument &d, const Order &order, const ShopInfo &shop)
{
    for (const OrderLine &l : order.items) {
        if (l.voided)
            continue;
        d.columns(u"%1 x %2"_s.arg(l.qty).arg(lineName(l, shop)), l.lineTotal().toGroupedString());
        for (const LineModifier &m : l.modifiers)
            d.columns(u"    + "_s + m.name, m.price.isZero() ? QString() : (m.price * l.qty).toGroupedString());
        if (!l.note.isEmpty())
            d.text(u"    * "_s + l.note);
    }
}

void totals(ReceiptDocument &d, const Order &order, const ShopInfo &shop)
{
    const Totals &t = order.totals;
    d.separator();
    d.columns(label(shop, "subtotal"), t.subtotal.toGroupedString());
    if (!t.discount.isZero())
        d.columns(label(shop, "discount"), (-t.discount).toGroupedString());
    if (!t.serviceCharge.isZero())
        d.columns(u"%1 %2%"_s.arg(label(shop, "service"), formatPercent(shop.tax.serviceChargeBasisPoints)),
                  t.serviceCharge.toGroupedString());
    if (!shop.tax.pricesIncludeVat)
        d.columns(u"%1 %2%"_s.arg(label(shop, "vat"), formatPercent(shop.tax.vatBasisPoints)), t.vat.toGroupedString());
    d.columns(label(shop, "total"), t.total.toGroupedString(), 2, true);
    if (shop.tax.pricesIncludeVat) {
        d.text(label(shop, "vat_included"));
        d.columns(u"%1 %2%"_s.arg(label(shop, "vat"), formatPercent(shop.tax.vatBasisPoints)), t.vat.toGroupedString());
    }
}

QString tableText(const Order &order, const ReceiptContext &ctx)
{
    return order.isTakeaway || ctx.tableName.isEmpty() ? label(ctx.shop, "takeaway") : label(ctx.shop, "table") + u' ' + ctx.tableName;
}

} // namespace

ReceiptDocument buildPreBill(const Order &order, const ReceiptContext &ctx, const QString &promptPayPayload)
{
    ReceiptDocument d;
    header(d, ctx);
    d.banner(label(ctx.shop, "not_tax_invoice"), 1);
    d.text(label(ctx.shop, "prebill"), Align::Center, 2, true);
    d.columns(tableText(order, ctx), u"%1 #%2"_s.arg(label(ctx.shop, "order")).arg(order.number));
    d.columns(label(ctx.shop, "date"), localTime(ctx.printedAt, ctx.shop.utcOffsetMinutes));
    d.separator();
    items(d, order, ctx.shop);
    totals(d, order, ctx.shop);
    if (!promptPayPayload.isEmpty()) {
        d.feed();
        d.text(label(ctx.shop, "scan_to_pay"), Align::Center, 1, true);
        d.qr(promptPayPayload);
        d.text(order.totals.total.toDisplayString(), Align::Center, 2, true);
    }
    d.feed().cut();
    return d;
}

ReceiptDocument buildReceipt(const Order &order, const QList<Payment> &tenders, const ReceiptContext &ctx, bool copy)
{
    const ShopInfo &s = ctx.shop;
    // The tender that settled the bill holds its receipt number and time.
    Payment settling = tenders.isEmpty() ? Payment{} : tenders.last();
    for (const Payment &p : tenders) {
        if (!p.receiptNumber.isEmpty())
            settling = p;
    }
    const QString receiptNumber = settling.receiptNumber.isEmpty() ? order.receiptNumber : settling.receiptNumber;
    ReceiptDocument d;
    header(d, ctx);
    d.text(u"%1 %2"_s.arg(label(s, "tax_id"), s.taxId), Align::Center);
    d.text(s.branch.isEmpty() ? label(s, "head_office") : s.branch, Align::Center);
    d.text(u"%1 %2"_s.arg(label(s, "pos_id"), s.posId), Align::Center);
    d.text(label(s, "abb"), Align::Center, 2, true);
    if (copy)
        d.banner(label(s, "copy"));
    d.columns(u"%1 %2"_s.arg(label(s, "receipt_no"), receiptNumber),
              localTime(settling.paidAt.isValid() ? settling.paidAt : ctx.printedAt, s.utcOffsetMinutes));
    d.columns(tableText(order, ctx), u"%1 #%2"_s.arg(label(s, "order")).arg(order.number));
    if (!ctx.staffName.isEmpty())
        d.text(u"%1: %2"_s.arg(label(s, "cashier"), ctx.staffName));
    d.separator();
    items(d, order, s);
    totals(d, order, s);
    d.separator();
    Money tips;
    for (const Payment &p : tenders) {
        tips = tips + p.tip;
        switch (p.method) {
        case PaymentMethod::Cash:
            if (!p.cashRounding.isZero())
                d.columns(label(s, "rounding"), p.cashRounding.toGroupedString());
            if (tenders.size() > 1)
                d.columns(u"%1 (%2)"_s.arg(label(s, "cash"), p.amount.toGroupedString()), p.amountReceived.toGroupedString());
            else
                d.columns(label(s, "cash"), p.amountReceived.toGroupedString());
            d.columns(label(s, "change"), p.change.toGroupedString(), tenders.size() > 1 ? 1 : 2, true);
            break;
        case PaymentMethod::Card:
            d.columns(label(s, "card"), p.amount.toGroupedString());
            d.columns(label(s, "approval"), p.approvalCode);
            break;
        case PaymentMethod::PromptPay:
            d.columns(label(s, "promptpay"), p.amount.toGroupedString());
            if (!p.slipRef.isEmpty())
                d.text(u"%1 %2 %3"_s.arg(label(s, "slip"), p.slipBank, p.slipRef), Align::Right);
            else if (!p.reference.isEmpty())
                d.text(p.reference, Align::Right);
            break;
        }
    }
    if (!tips.isZero()) // outside the bill: not in the total, not in VAT
        d.columns(label(s, "tip"), tips.toGroupedString());
    if (!s.footer.isEmpty()) {
        d.feed();
        d.text(s.footer, Align::Center);
    }
    if (!receiptNumber.isEmpty())
        d.barcode(receiptNumber); // scanned to find the sale for a refund
    d.feed().cut();
    return d;
}

QString branchText(const QString &branch)
{
    const QString b = branch.trimmed();
    if (b.isEmpty() || b == u"00000"_s || b == u"สำนักงานใหญ่"_s)
        return u"สำนักงานใหญ่ (Head office)"_s;
    return u"สาขาที่ %1 (Branch)"_s.arg(b);
}

ReceiptDocument buildTaxInvoice(const TaxInvoice &t, const ReceiptContext &ctx, bool copy)
{
    const int offset = ctx.shop.utcOffsetMinutes;
    ReceiptDocument d;
    d.text(u"ใบกำกับภาษี"_s, Align::Center, 2, true);
    d.text(u"Tax Invoice"_s, Align::Center, 1, true);
    if (copy)
        d.banner(u"สำเนา / COPY"_s, 1);
    if (t.status == TaxInvoice::Status::Cancelled)
        d.banner(u"ยกเลิก / CANCELLED"_s, 1);
    d.text(t.seller.nameTh.isEmpty() ? t.seller.name : t.seller.nameTh, Align::Center, 1, true);
    if (!t.seller.address.isEmpty())
        d.text(t.seller.address, Align::Center);
    d.text(u"เลขประจำตัวผู้เสียภาษี %1"_s.arg(t.seller.taxId), Align::Center);
    d.text(branchText(t.seller.branch), Align::Center);
    d.separator();
    d.columns(u"เลขที่ (No.)"_s, t.invoiceNumber, 1, true);
    d.columns(u"วันที่ (Date)"_s, localTime(t.issuedAt, offset));
    d.separator();
    d.text(u"ผู้ซื้อ (Buyer)"_s, Align::Left, 1, true);
    d.text(t.buyer.name);
    for (const QString &line : t.buyer.address.split(u'\n'))
        d.text(line);
    if (!t.buyer.taxId.isEmpty()) {
        d.text(u"เลขประจำตัวผู้เสียภาษี %1"_s.arg(t.buyer.taxId));
        d.text(branchText(t.buyer.branch));
    }
    d.separator();
    for (const TaxInvoice::Line &l : t.lines) {
        d.columns(u"%1 x %2"_s.arg(l.qty).arg(l.nameTh.isEmpty() ? l.name : l.nameTh), l.amount.toGroupedString());
        d.text(u"    @ %1"_s.arg(l.unitPrice.toGroupedString()));
    }
    d.separator();
    d.columns(u"รวม (Subtotal)"_s, t.subtotal.toGroupedString());
    if (!t.discount.isZero())
        d.columns(u"ส่วนลด (Discount)"_s, (-t.discount).toGroupedString());
    if (!t.serviceCharge.isZero())
        d.columns(u"ค่าบริการ (Service)"_s, t.serviceCharge.toGroupedString());
    d.columns(u"มูลค่าก่อนภาษี (Before VAT)"_s, t.net().toGroupedString());
    d.columns(u"ภาษีมูลค่าเพิ่ม %1% (VAT)"_s.arg(formatPercent(t.vatBasisPoints)), t.vat.toGroupedString());
    d.columns(u"รวมทั้งสิ้น (Total)"_s, t.total.toGroupedString(), 2, true);
    d.separator();
    if (!t.receiptNumber.isEmpty())
        d.text(u"ออกแทนใบกำกับภาษีอย่างย่อเลขที่ %1"_s.arg(t.receiptNumber));
    d.barcode(t.invoiceNumber);
    d.feed().cut();
    return d;
}

ReceiptDocument buildKitchenTicket(const KitchenTicket &t, const ReceiptContext &ctx)
{
    const ShopInfo &s = ctx.shop;
    ReceiptDocument d;
    if (t.isVoid)
        d.banner(u"*** %1 ***"_s.arg(label(s, "void")), 3);
    // A takeaway or delivery is called by its pickup code ("D001 · Grab"), a table by its name.
    static const QRegularExpression pickup(u"^[TD]\\d{3}"_s);
    const QString where = t.tableName.isEmpty() ? label(s, "takeaway")
        : pickup.match(t.tableName).hasMatch()  ? t.tableName
                                                : label(s, "table") + u' ' + t.tableName;
    d.columns(where, u"#%1"_s.arg(t.orderNumber), 2, true);
    d.columns(s.stationNames.value(t.station, t.station.toUpper()), localTime(t.createdAt, s.utcOffsetMinutes));
    d.separator();
    for (const KitchenTicketItem &i : t.items) {
        d.text(u"%1 x %2"_s.arg(i.qty).arg(i.name), Align::Left, 2, true);
        for (const QString &m : i.modifiers)
            d.text(u"   + "_s + m, Align::Left, 2);
        if (!i.note.isEmpty())
            d.text(u"   * "_s + i.note, Align::Left, 2, true);
    }
    d.feed().cut();
    return d;
}

ReceiptDocument buildShiftReport(const ShiftReport &r, const ReceiptContext &ctx)
{
    const ShopInfo &s = ctx.shop;
    ReceiptDocument d;
    header(d, ctx);
    d.text(label(s, r.z ? "z_report" : "x_report"), Align::Center, 2, true);
    if (r.shift) {
        d.columns(label(s, "shift"), r.shift->id);
        d.columns(label(s, "cashier"), r.shift->cashier);
        d.columns(label(s, "opened"), localTime(r.shift->openedAt, s.utcOffsetMinutes));
        if (r.shift->closedAt.isValid())
            d.columns(label(s, "closed"), localTime(r.shift->closedAt, s.utcOffsetMinutes));
    }
    d.columns(label(s, "date"), localTime(r.generatedAt.isValid() ? r.generatedAt : ctx.printedAt, s.utcOffsetMinutes));
    d.separator();
    for (const ShiftReport::Method &m : r.byMethod)
        d.columns(u"%1 (%2)"_s.arg(label(s, m.method.toLatin1().constData())).arg(m.count), m.amount.toGroupedString());
    d.columns(u"%1 (%2)"_s.arg(label(s, "sales")).arg(r.sales.count), r.sales.amount.toGroupedString(), 1, true);
    d.columns(u"%1 (%2)"_s.arg(label(s, "refunds")).arg(r.refunds.count), r.refunds.amount.toGroupedString());
    d.columns(u"%1 (%2)"_s.arg(label(s, "discount")).arg(r.discounts.count), r.discounts.amount.toGroupedString());
    d.columns(u"%1 (%2)"_s.arg(label(s, "voids")).arg(r.voids.count), r.voids.amount.toGroupedString());
    d.columns(label(s, "service"), r.serviceCharge.toGroupedString());
    d.columns(label(s, "vat"), r.vat.toGroupedString());
    d.columns(label(s, "net"), r.net.toGroupedString(), 1, true);
    if (r.tips.count > 0) {
        d.separator();
        d.columns(label(s, "tips"), r.tips.amount.toGroupedString(), 1, true);
        for (const ShiftReport::StaffTips &t : r.tipsByStaff)
            d.columns(u"  "_s + t.staff, t.tips.amount.toGroupedString());
    }
    d.separator();
    d.columns(label(s, "opening_cash"), r.cash.opening.toGroupedString());
    d.columns(label(s, "expected"), r.cash.expected.toGroupedString(), 1, true);
    if (r.z) {
        d.columns(label(s, "counted"), r.cash.counted.value_or(Money()).toGroupedString(), 1, true);
        d.columns(label(s, "over_short"), r.cash.overShort.value_or(Money()).toGroupedString(), 1, true);
    }
    d.feed().cut();
    return d;
}

ReceiptDocument buildQueueTicket(const QueueTicket &t, const QString &statusUrl, const ReceiptContext &ctx)
{
    const ShopInfo &s = ctx.shop;
    ReceiptDocument d;
    header(d, ctx);
    d.text(label(s, "queue"), Align::Center, 1, true);
    d.text(t.id, Align::Center, 3, true);
    d.columns(label(s, "party"), QString::number(t.partySize));
    d.columns(label(s, "ahead"), QString::number(t.position));
    d.columns(label(s, "date"), localTime(t.createdAt.isValid() ? t.createdAt : ctx.printedAt, s.utcOffsetMinutes));
    d.text(label(s, "scan_status"), Align::Center);
    d.qr(statusUrl);
    d.feed().cut();
    return d;
}

ReceiptDocument buildTestPage(const QString &profileName, int dots, int columns, int paperMm, const QString &mode)
{
    ReceiptDocument d;
    d.text(u"Tavola printer test"_s, Align::Center, 2, true);
    d.text(u"ทดสอบเครื่องพิมพ์"_s, Align::Center, 2, true);
    d.separator();
    d.columns(u"Profile"_s, profileName);
    d.columns(u"Paper"_s, u"%1 mm, %2 dots, %3 columns"_s.arg(paperMm).arg(dots).arg(columns));
    d.columns(u"Mode"_s, mode);
    QString ruler;
    for (int i = 1; i <= columns; ++i)
        ruler += QChar(u'0' + i % 10);
    d.text(ruler);
    d.text(u"ภาษาไทย: ก่ ก้ ก๊ ก๋ กิ กี กึ กื กุ กู เกื้อ น้ำ ผู้ใหญ่"_s);
    d.text(u"Normal"_s).text(u"Bold"_s, Align::Left, 1, true).text(u"Double"_s, Align::Left, 2).text(u"Triple"_s, Align::Left, 3);
    d.row({Cell{u"left"_s, Align::Left, 1}, Cell{u"centre"_s, Align::Center, 1}, Cell{u"right"_s, Align::Right, 1}});
    d.banner(u"INVERTED"_s, 1);
    d.barcode(u"TAVOLA-1234"_s);
    if (mode.startsWith(u"text"_s)) { // the code page table: what this printer makes of TIS-620
        for (int row = 0xA0; row < 0x100; row += 16) {
            QString line = u"%1 "_s.arg(row, 2, 16, QChar(u'0')).toUpper();
            for (int c = row; c < row + 16; ++c)
                if (c >= 0xA1 && c <= 0xFB)
                    line += QChar(char16_t(c - 0xA0 + 0x0E00));
            d.text(line);
        }
    }
    d.qr(u"Tavola test page "_s + profileName);
    d.feed().cut();
    return d;
}

namespace {

ReceiptContext sampleContext(const QString &language)
{
    ReceiptContext c;
    c.shop.name = u"Tavola Dim Sum Café"_s;
    c.shop.nameTh = u"ตาโวล่า ติ่มซำ คาเฟ่"_s;
    c.shop.taxId = u"0105561234567"_s;
    c.shop.branch = u"สำนักงานใหญ่"_s;
    c.shop.address = u"123 ถนนเยาวราช กรุงเทพฯ 10100"_s;
    c.shop.posId = u"POS01"_s;
    c.shop.footer = u"ขอบคุณที่ใช้บริการ · Thank you!"_s;
    c.shop.language = language;
    c.shop.tax.serviceChargeBasisPoints = 1000;
    c.tableName = u"T7"_s;
    c.staffName = u"Somchai"_s;
    c.printedAt = QDateTime(QDate(2026, 1, 21), QTime(12, 0), QTimeZone::utc());
    return c;
}

Order sampleOrder(const ReceiptContext &c)
{
    Order o;
    o.id = u"501"_s;
    o.number = 42;
    o.tableId = u"7"_s;
    o.guests = 4;
    o.status = OrderStatus::Checkout;
    auto line = [](const char *id, const char *en, const char *th, int qty, int baht) {
        OrderLine l;
        l.id = QString::fromLatin1(id);
        l.menuId = l.id;
        l.name = QString::fromUtf8(en);
        l.nameTh = QString::fromUtf8(th);
        l.qty = qty;
        l.unitPrice = Money::fromBaht(baht);
        l.kitchenStatus = KitchenStatus::Served;
        return l;
    };
    o.items = {line("1", "Shrimp dumplings (har gow)", "ฮะเก๋ากุ้ง", 2, 69), line("2", "Pork siu mai", "ขนมจีบหมู", 1, 55),
               line("3", "Pad thai with shrimp", "ผัดไทยกุ้งสด", 1, 89), line("4", "Thai iced tea", "ชาไทยเย็น", 2, 45)};
    o.items[2].modifiers = {LineModifier{u"m1"_s, u"Extra egg"_s, Money::fromBaht(10)}};
    o.items[3].note = u"หวานน้อย"_s;
    o.createdAt = c.printedAt.addSecs(-3600);
    o.recompute(c.shop.tax);
    return o;
}

} // namespace

QString samplePromptPayPayload()
{
    const ReceiptContext c = sampleContext(u"th"_s);
    return promptpay::buildForInput(u"0812345678"_s, sampleOrder(c).totals.total).value();
}

QString sampleQueueUrl()
{
    return u"http://192.168.1.20:8080/q/A007?t=k3JxQ9vB2mPq"_s;
}

Result<ReceiptDocument> sampleDocument(const QString &name, const QString &language)
{
    if (language != u"th"_s && language != u"en"_s)
        return Error::validation(u"language"_s, u"The receipt language is th or en"_s);
    const ReceiptContext c = sampleContext(language);
    const Order order = sampleOrder(c);
    if (name == u"prebill"_s)
        return buildPreBill(order, c, samplePromptPayPayload());
    if (name == u"receipt"_s) {
        Payment p;
        p.id = u"p1"_s;
        p.orderId = order.id;
        p.method = PaymentMethod::Cash;
        p.status = PaymentStatus::Paid;
        p.amount = order.totals.total;
        p.amountReceived = Money::fromBaht(500);
        p.change = p.amountReceived - p.amount;
        p.receiptNumber = u"POS01-000123"_s;
        p.paidAt = c.printedAt;
        Order paid = order;
        paid.status = OrderStatus::Paid;
        return buildReceipt(paid, p, c, false);
    }
    if (name == u"kitchen"_s) {
        KitchenTicket k;
        k.id = u"k1"_s;
        k.orderId = order.id;
        k.orderNumber = order.number;
        k.tableName = c.tableName;
        k.station = u"dimsum"_s;
        k.createdAt = c.printedAt;
        k.items = {KitchenTicketItem{u"ฮะเก๋ากุ้ง"_s, 2, {u"Extra shrimp"_s}, u"ไม่ใส่ผงชูรส"_s}, KitchenTicketItem{u"ขนมจีบหมู"_s, 1, {}, {}}};
        return buildKitchenTicket(k, c);
    }
    if (name == u"queue"_s) {
        QueueTicket t;
        t.id = u"A007"_s;
        t.partySize = 2;
        t.position = 3;
        t.createdAt = c.printedAt;
        return buildQueueTicket(t, sampleQueueUrl(), c);
    }
    return Error::validation(u"sample"_s, u"Unknown sample '%1': use prebill, receipt, kitchen or queue"_s.arg(name));
}

} // namespace tavola::receipt
