#include "taxinvoicepdf.h"

#include "builders.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace tavola::receipt {

namespace {

QFont documentFont(double points, bool bold = false)
{
    QFont f;
    f.setFamilies({u"Loma"_s, u"Garuda"_s, u"Noto Sans Thai"_s, u"Norasi"_s, u"DejaVu Sans"_s});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// Lays the page out top to bottom in device units (the writer's resolution), starting a new
/// page when the next line would not fit.
class Page
{
public:
    Page(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_p(painter)
    {
        const double mm = writer.resolution() / 25.4;
        m_left = int(18 * mm);
        m_right = writer.width() - int(18 * mm);
        m_top = int(16 * mm);
        m_bottom = writer.height() - int(16 * mm);
        m_y = m_top;
    }

    int left() const { return m_left; }
    int right() const { return m_right; }
    int width() const { return m_right - m_left; }
    int y() const { return m_y; }

    /// Room for `height` more units, or a new page.
    void need(int height)
    {
        if (m_y + height <= m_bottom)
            return;
        m_writer.newPage();
        m_y = m_top;
    }

    /// A line of text between x and x + w; returns its height.
    int text(const QString &s, const QFont &font, int x, int w, Qt::Alignment align = Qt::AlignLeft)
    {
        m_p.setFont(font);
        const QRect box = m_p.boundingRect(QRect(x, m_y, w, 10000), int(align) | Qt::TextWordWrap, s);
        m_p.drawText(QRect(x, m_y, w, box.height()), int(align) | Qt::TextWordWrap, s);
        return box.height();
    }

    /// A full-width line (or paragraph) and the space under it.
    void line(const QString &s, const QFont &font, Qt::Alignment align = Qt::AlignLeft)
    {
        m_p.setFont(font);
        const int h = m_p.boundingRect(QRect(m_left, 0, width(), 10000), int(align) | Qt::TextWordWrap, s).height();
        need(h);
        m_y += text(s, font, m_left, width(), align);
    }

    void advance(int units) { m_y += units; }

    void rule()
    {
        need(8);
        m_p.drawLine(m_left, m_y + 4, m_right, m_y + 4);
        m_y += 10;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_p;
    int m_left = 0, m_right = 0, m_top = 0, m_bottom = 0, m_y = 0;
};

QString localDate(const QDateTime &t, int offsetMinutes)
{
    return t.toUTC().addSecs(qint64(offsetMinutes) * 60).toString(u"dd/MM/yyyy HH:mm"_s);
}

} // namespace

QByteArray taxInvoicePdf(const TaxInvoice &t, int utcOffsetMinutes, bool copy)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(144);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(u"Tavola"_s);
    writer.setTitle(u"ใบกำกับภาษี %1"_s.arg(t.invoiceNumber));
    QPainter p(&writer);
    Page page(writer, p);
    const QFont title = documentFont(18, true), heading = documentFont(11, true), body = documentFont(10), small = documentFont(9);

    if (t.status == TaxInvoice::Status::Cancelled) {
        // Across the page, behind nothing: a cancelled invoice can never pass for a valid one.
        p.save();
        p.setPen(QColor(200, 40, 40));
        p.setFont(documentFont(48, true));
        p.translate(writer.width() / 2, writer.height() / 2);
        p.rotate(-30);
        p.drawText(QRect(-writer.width(), -200, 2 * writer.width(), 400), Qt::AlignCenter, u"ยกเลิก  CANCELLED"_s);
        p.restore();
    }
    page.line(u"ใบกำกับภาษี / Tax Invoice"_s, title, Qt::AlignCenter);
    if (copy)
        page.line(u"สำเนา / COPY"_s, heading, Qt::AlignCenter);
    if (t.status == TaxInvoice::Status::Cancelled)
        page.line(u"ยกเลิกแล้ว / CANCELLED %1"_s.arg(localDate(t.cancelledAt, utcOffsetMinutes)), heading, Qt::AlignCenter);
    page.advance(12);

    // Seller on the left, the invoice's number and date on the right.
    const int half = page.width() / 2;
    const int top = page.y();
    page.advance(page.text(t.seller.nameTh.isEmpty() ? t.seller.name : t.seller.nameTh, heading, page.left(), half));
    if (!t.seller.nameTh.isEmpty() && !t.seller.name.isEmpty())
        page.advance(page.text(t.seller.name, body, page.left(), half));
    page.advance(page.text(t.seller.address, body, page.left(), half));
    page.advance(page.text(u"เลขประจำตัวผู้เสียภาษี (Tax ID) %1"_s.arg(t.seller.taxId), body, page.left(), half));
    page.advance(page.text(branchText(t.seller.branch), body, page.left(), half));
    const int sellerBottom = page.y();
    page.advance(top - page.y());
    page.advance(page.text(u"เลขที่ (No.) %1"_s.arg(t.invoiceNumber), heading, page.left() + half, half, Qt::AlignRight));
    page.advance(
        page.text(u"วันที่ (Date) %1"_s.arg(localDate(t.issuedAt, utcOffsetMinutes)), body, page.left() + half, half, Qt::AlignRight));
    page.advance(std::max(sellerBottom, page.y()) - page.y() + 12);
    page.rule();

    page.line(u"ผู้ซื้อ (Buyer)"_s, heading);
    page.line(t.buyer.name, body);
    page.line(t.buyer.address, body);
    if (!t.buyer.taxId.isEmpty()) {
        page.line(u"เลขประจำตัวผู้เสียภาษี (Tax ID) %1"_s.arg(t.buyer.taxId), body);
        page.line(branchText(t.buyer.branch), body);
    }
    page.advance(8);
    page.rule();

    // The items: description, quantity, unit price, amount.
    const int w = page.width();
    const int cNo = w * 6 / 100, cName = w * 50 / 100, cQty = w * 10 / 100, cUnit = w * 16 / 100;
    const int cAmount = w - cNo - cName - cQty - cUnit;
    auto row = [&](const QStringList &cells, const QFont &font) {
        p.setFont(font);
        const int widths[] = {cNo, cName, cQty, cUnit, cAmount};
        int h = 0; // the tallest cell: a long name, or a heading that wraps
        for (int i = 0; i < 5; ++i)
            h = std::max(h, p.boundingRect(QRect(0, 0, widths[i] - 6, 10000), Qt::TextWordWrap, cells.at(i)).height());
        page.need(h);
        int x = page.left();
        const Qt::Alignment aligns[] = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        for (int i = 0; i < 5; ++i) {
            page.text(cells.at(i), font, x, widths[i] - 6, aligns[i]);
            x += widths[i];
        }
        page.advance(h + 4);
    };
    row({u"#"_s, u"รายการ (Description)"_s, u"จำนวน (Qty)"_s, u"ราคา/หน่วย (Unit)"_s, u"จำนวนเงิน (Amount)"_s}, small);
    page.rule();
    int n = 0;
    for (const TaxInvoice::Line &l : t.lines) {
        const QString name = l.nameTh.isEmpty() || l.nameTh == l.name ? l.name : u"%1 (%2)"_s.arg(l.nameTh, l.name);
        row({QString::number(++n), name, QString::number(l.qty), l.unitPrice.toGroupedString(), l.amount.toGroupedString()}, body);
    }
    page.rule();

    auto total = [&](const QString &label, const Money &amount, const QFont &font) {
        p.setFont(font);
        page.need(QFontMetrics(font, &writer).height());
        page.text(label, font, page.left() + w / 3, w * 2 / 3 - cAmount, Qt::AlignRight);
        page.advance(page.text(amount.toGroupedString(), font, page.right() - cAmount, cAmount - 6, Qt::AlignRight) + 2);
    };
    total(u"รวม (Subtotal)"_s, t.subtotal, body);
    if (!t.discount.isZero())
        total(u"ส่วนลด (Discount)"_s, -t.discount, body);
    if (!t.serviceCharge.isZero())
        total(u"ค่าบริการ (Service charge)"_s, t.serviceCharge, body);
    total(u"มูลค่าก่อนภาษีมูลค่าเพิ่ม (Value before VAT)"_s, t.net(), body);
    total(u"ภาษีมูลค่าเพิ่ม %1% (VAT)"_s.arg(formatPercent(t.vatBasisPoints)), t.vat, body);
    total(u"รวมทั้งสิ้น (Total)"_s, t.total, heading);
    page.advance(16);
    if (!t.receiptNumber.isEmpty())
        page.line(u"ออกแทนใบกำกับภาษีอย่างย่อเลขที่ %1 (Issued in place of abbreviated tax invoice %1)"_s.arg(t.receiptNumber), body);
    page.advance(48);
    page.line(u"ผู้รับเงิน (Received by) ______________________"_s, body, Qt::AlignRight);
    p.end();
    return out;
}

} // namespace tavola::receipt
