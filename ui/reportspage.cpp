#include "reportspage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

ReportsPage::ReportsPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"reports"_s);
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_from = new QDateEdit(m_ctx->businessToday());
    m_from->setObjectName(u"reports-from"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(m_ctx->businessToday());
    m_to->setObjectName(u"reports-to"_s);
    m_to->setCalendarPopup(true);
    for (QDateEdit *d : {m_from, m_to})
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    bar->addWidget(new QLabel(tr("From")));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_to);
    m_group = new QComboBox;
    m_group->setObjectName(u"reports-group"_s);
    for (const auto &[key, label] : {std::pair{u"day"_s, tr("by day")}, std::pair{u"hour"_s, tr("by hour")}, std::pair{u"item"_s, tr("by dish")},
                                     std::pair{u"category"_s, tr("by category")}, std::pair{u"method"_s, tr("by payment")},
                                     std::pair{u"staff"_s, tr("by staff")}})
        m_group->addItem(label, key);
    bar->addWidget(m_group);
    auto *show = new QPushButton(tr("Show"));
    show->setObjectName(u"reports-show"_s);
    show->setProperty("accent", true);
    connect(show, &QPushButton::clicked, this, &ReportsPage::load);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ReportsPage::load);
    bar->addWidget(show);
    bar->addStretch();
    v->addLayout(bar);
    m_table = new QTableWidget(0, 7);
    m_table->setObjectName(u"reports-table"_s);
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Count"), tr("Gross"), tr("Discounts"), tr("Service"), tr("VAT"), tr("Total")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    v->addWidget(m_table, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(u"reports-summary"_s);
    m_summary->setProperty("role", u"title"_s);
    v->addWidget(m_summary);
    m_queue = new QLabel;
    m_queue->setObjectName(u"reports-queue"_s);
    m_queue->setWordWrap(true);
    v->addWidget(m_queue);
}

void ReportsPage::load()
{
    const QString from = m_from->date().toString(Qt::ISODate);
    const QString to = m_to->date().toString(Qt::ISODate);
    m_ctx->api.salesReport(from, to, m_group->currentData().toString(), this, [this](Result<QJsonValue> r) {
        if (!r) {
            m_summary->setText(client::ErrorText::forError(r.error()));
            return;
        }
        const QJsonObject report = r->toObject();
        const QJsonArray rows = report.value(u"rows"_s).toArray();
        m_table->setRowCount(int(rows.size()));
        const bool hour = report.value(u"group_by"_s).toString() == u"hour"_s;
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            QString label = row.value(u"label"_s).toString();
            if (hour)
                label = u"%1:00"_s.arg(label);
            else if (report.value(u"group_by"_s).toString() == u"method"_s)
                label = theme::label(label);
            const QStringList cells{label, QString::number(row.value(u"count"_s).toInteger()), theme::baht(row.value(u"gross"_s)),
                                    theme::baht(row.value(u"discounts"_s)), theme::baht(row.value(u"service_charge"_s)), theme::baht(row.value(u"vat"_s)),
                                    theme::baht(row.value(u"total"_s))};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(i, c, item);
            }
        }
        const QJsonObject totals = report.value(u"totals"_s).toObject();
        const QJsonObject refunds = report.value(u"refunds"_s).toObject();
        m_summary->setText(tr("%n sale(s) · total %1 · VAT %2 · net %3 · refunded %4", nullptr, totals.value(u"count"_s).toInt())
                               .arg(theme::baht(totals.value(u"total"_s)), theme::baht(totals.value(u"vat"_s)), theme::baht(totals.value(u"net"_s)),
                                    theme::baht(refunds.value(u"amount"_s))));
    });
    m_ctx->api.queueReport(from, to, this, [this](Result<QJsonValue> r) {
        if (!r) {
            m_queue->clear();
            return;
        }
        const QJsonObject q = r->toObject();
        const auto minutes = [](const QJsonValue &v) { return v.isNull() ? QStringLiteral("—") : QString::number(v.toDouble(), 'f', 1); };
        m_queue->setText(tr("Waitlist: %1 tickets, %2 seated, %3 no-shows · average wait %4 min, 90 % within %5 min")
                             .arg(q.value(u"tickets"_s).toInt())
                             .arg(q.value(u"seated"_s).toInt())
                             .arg(q.value(u"no_shows"_s).toInt())
                             .arg(minutes(q.value(u"average_wait_minutes"_s)), minutes(q.value(u"p90_wait_minutes"_s))));
    });
}

} // namespace tavola::ui
