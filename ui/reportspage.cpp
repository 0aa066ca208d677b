#include "reportspage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
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
    for (const auto &[key, label] :
         {std::pair{u"day"_s, tr("by day")}, std::pair{u"hour"_s, tr("by hour")}, std::pair{u"item"_s, tr("by dish")},
          std::pair{u"category"_s, tr("by category")}, std::pair{u"method"_s, tr("by payment")}, std::pair{u"staff"_s, tr("by staff")},
          std::pair{u"channel"_s, tr("by channel")}})
        m_group->addItem(label, key);
    bar->addWidget(m_group);
    auto *show = new QPushButton(tr("Show"));
    show->setObjectName(u"reports-show"_s);
    show->setProperty("accent", true);
    connect(show, &QPushButton::clicked, this, &ReportsPage::load);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ReportsPage::load);
    bar->addWidget(show);
    auto *exportCsv = new QPushButton(tr("Export CSV…"));
    exportCsv->setObjectName(u"reports-export-csv"_s);
    exportCsv->setToolTip(tr("The table as a spreadsheet file, for the accountant"));
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        if (!m_report)
            return;
        const QString name = m_report->csvFileName();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the sales"), QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
            tr("Spreadsheet (*.csv)"));
        if (path.isEmpty())
            return;
        auto saved = saveCsv(path);
        m_message->setText(saved ? tr("Saved %1.").arg(*saved) : u"⚠ "_s + saved.error().message);
    });
    bar->addWidget(exportCsv);
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
    m_message = new QLabel;
    m_message->setObjectName(u"reports-message"_s);
    v->addWidget(m_message);
}

Result<QString> ReportsPage::saveCsv(const QString &path)
{
    if (!m_report)
        return Error{ErrorCode::NotFound, tr("Show a report first."), {}};
    return theme::saveFile(path, m_report->toCsv());
}

void ReportsPage::load()
{
    const QString from = m_from->date().toString(Qt::ISODate);
    const QString to = m_to->date().toString(Qt::ISODate);
    m_ctx->api.salesReport(from, to, m_group->currentData().toString(), this, [this](Result<SalesReport> r) {
        if (!r) {
            m_report.reset();
            m_summary->setText(client::ErrorText::forError(r.error()));
            return;
        }
        m_report = *r;
        m_message->clear();
        m_table->setRowCount(int(r->rows.size()));
        for (int i = 0; i < r->rows.size(); ++i) {
            const SalesReport::Row &row = r->rows[i];
            QString label = row.label;
            if (r->groupBy == u"hour"_s)
                label = u"%1:00"_s.arg(label);
            else if (r->groupBy == u"method"_s || r->groupBy == u"channel"_s)
                label = theme::label(label);
            else if (r->groupBy == u"item"_s) { // the dish as the menu names it in this language
                if (const MenuItem *m = m_ctx->store.menu().item(row.key))
                    label = theme::itemName(m->name, m->nameTh);
            } else if (r->groupBy == u"category"_s) {
                if (const Category *c = m_ctx->store.menu().category(row.key))
                    label = theme::itemName(c->name, c->nameTh);
            }
            const QStringList cells{label,
                                    QString::number(row.count),
                                    theme::baht(row.gross.satang()),
                                    theme::baht(row.discounts.satang()),
                                    theme::baht(row.serviceCharge.satang()),
                                    theme::baht(row.vat.satang()),
                                    theme::baht(row.total.satang())};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(i, c, item);
            }
        }
        const SalesReport::Row &totals = r->totals;
        m_summary->setText(tr("%n sale(s) · total %1 · VAT %2 · net %3 · refunded %4", nullptr, int(totals.count))
                               .arg(theme::baht(totals.total.satang()), theme::baht(totals.vat.satang()), theme::baht(totals.net.satang()),
                                    theme::baht(r->refunds.amount.satang())));
    });
    m_ctx->api.queueReport(from, to, this, [this](Result<QueueReport> r) {
        if (!r) {
            m_queue->clear();
            return;
        }
        const auto minutes = [](const std::optional<double> &v) { return v ? QString::number(*v, 'f', 1) : QStringLiteral("—"); };
        m_queue->setText(tr("Waitlist: %1 tickets, %2 seated, %3 no-shows · average wait %4 min, 90 % within %5 min")
                             .arg(r->all.tickets)
                             .arg(r->all.seated)
                             .arg(r->all.noShows)
                             .arg(minutes(r->all.averageWaitMinutes), minutes(r->all.p90WaitMinutes)));
    });
}

} // namespace tavola::ui
