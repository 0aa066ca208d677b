#include "shiftpage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

ShiftPage::ShiftPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"shift"_s);
    auto *v = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(u"shift-title"_s);
    m_title->setProperty("role", u"title"_s);
    v->addWidget(m_title);
    m_report = new QLabel;
    m_report->setObjectName(u"shift-report"_s);
    m_report->setTextFormat(Qt::RichText);
    m_report->setStyleSheet(u"font-size: 16pt; background: white; border-radius: 10px; padding: 12px;"_s);
    v->addWidget(m_report, 1);
    auto *row = new QHBoxLayout;
    m_cash = new QLineEdit;
    m_cash->setObjectName(u"shift-cash"_s);
    m_cash->setAlignment(Qt::AlignRight);
    row->addWidget(m_cash, 1);
    m_open = new QPushButton(tr("Open shift"));
    m_open->setObjectName(u"shift-open"_s);
    m_open->setProperty("accent", true);
    connect(m_open, &QPushButton::clicked, this, &ShiftPage::openShift);
    row->addWidget(m_open);
    m_close = new QPushButton(tr("Close shift"));
    m_close->setObjectName(u"shift-close"_s);
    m_close->setProperty("danger", true);
    connect(m_close, &QPushButton::clicked, this, &ShiftPage::closeShift);
    row->addWidget(m_close);
    m_print = new QPushButton(tr("Print report"));
    m_print->setObjectName(u"shift-print"_s);
    m_print->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, &ShiftPage::printReport);
    row->addWidget(m_print);
    v->addLayout(row);
    m_message = new QLabel;
    m_message->setObjectName(u"shift-message"_s);
    m_message->setWordWrap(true);
    v->addWidget(m_message);
}

void ShiftPage::load()
{
    m_message->clear();
    m_ctx->api.currentShift(this, [this](Result<ShiftReport> r) {
        if (!r && r.error().code != ErrorCode::NotFound) {
            m_message->setText(client::ErrorText::forError(r.error()));
            return;
        }
        const bool open = r.ok();
        m_open->setVisible(!open);
        m_close->setVisible(open);
        m_cash->clear();
        m_cash->setPlaceholderText(open ? tr("Cash counted in the drawer") : tr("Cash in the drawer to start with"));
        if (!open) {
            m_shiftId.clear();
            m_shown.reset();
            m_print->setEnabled(false);
            m_title->setText(tr("No shift is open"));
            m_report->setText(tr("Count the float in the drawer and open a shift before taking money."));
            return;
        }
        showReport(*r);
    });
}

void ShiftPage::showReport(const ShiftReport &report)
{
    m_shiftId = report.shift ? report.shift->id : QString();
    m_shown = report;
    m_print->setEnabled(true);
    m_title->setText(report.z ? tr("Shift %1 closed — Z report").arg(m_shiftId) : tr("Shift %1 open — X report").arg(m_shiftId));
    QString html = u"<table cellpadding='4'>"_s;
    auto line = [&html](const QString &label, const Money &value, bool strong = false) {
        const QString amount = theme::baht(value.satang());
        html += strong ? u"<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr>"_s.arg(label, amount)
                       : u"<tr><td>%1</td><td align='right'>%2</td></tr>"_s.arg(label, amount);
    };
    for (const ShiftReport::Method &m : report.byMethod)
        line(tr("%1 · %n sale(s)", nullptr, int(m.count)).arg(theme::label(m.method)), m.amount);
    line(tr("Sales"), report.sales.amount, true);
    line(tr("Refunds"), report.refunds.amount);
    line(tr("Discounts"), report.discounts.amount);
    line(tr("Voids"), report.voids.amount);
    line(tr("VAT"), report.vat);
    // Card and PromptPay tips are the staff's, outside the sales: who they are owed to.
    if (report.tips.count > 0) {
        line(tr("Tips · %n payment(s)", nullptr, int(report.tips.count)), report.tips.amount, true);
        for (const ShiftReport::StaffTips &t : report.tipsByStaff)
            line(u"&nbsp;&nbsp;&nbsp;"_s + tr("tips for %1").arg(t.staff.toHtmlEscaped()), t.tips.amount);
    }
    line(tr("Opening cash"), report.cash.opening);
    line(tr("Expected in the drawer"), report.cash.expected, true);
    if (report.z) {
        line(tr("Counted"), report.cash.counted.value_or(Money()), true);
        line(tr("Over / short"), report.cash.overShort.value_or(Money()), true);
    }
    html += u"</table>"_s;
    m_report->setText(html);
}

void ShiftPage::openShift()
{
    auto cash = Money::parse(m_cash->text().trimmed().isEmpty() ? u"0"_s : m_cash->text().trimmed());
    if (!cash) {
        m_message->setText(tr("Enter an amount like 1000 or 1000.00."));
        return;
    }
    m_ctx->api.openShift(*cash, this, [this](Result<Shift> r) {
        if (!r) {
            m_message->setText(client::ErrorText::forError(r.error()));
            return;
        }
        load();
    });
}

void ShiftPage::closeShift()
{
    auto counted = Money::parse(m_cash->text().trimmed());
    if (!counted) {
        m_message->setText(tr("Count the cash in the drawer and enter it."));
        return;
    }
    m_ctx->api.closeShift(m_shiftId, *counted, this, [this](Result<ShiftReport> r) {
        if (!r) {
            m_message->setText(client::ErrorText::forError(r.error()));
            return;
        }
        showReport(*r);
        m_open->setVisible(true);
        m_close->setVisible(false);
        m_cash->clear();
        m_cash->setPlaceholderText(tr("Cash in the drawer to start with"));
        m_message->setText(tr("Shift closed. Print or photograph the Z report for the records."));
    });
}

void ShiftPage::printReport()
{
    if (!m_shown)
        return;
    auto job = m_ctx->printShiftReport(*m_shown);
    m_message->setText(job ? tr("The report is printing.") : u"⚠ "_s + job.error().message);
}

} // namespace tavola::ui
