#include "reportspage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace tavola::ui {

ReportsPage::ReportsPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"reports"_s);
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_period = new QComboBox;
    m_period->setObjectName(u"reports-period"_s);
    for (const auto &[key, label] :
         {std::pair{u"today"_s, tr("Today")}, std::pair{u"yesterday"_s, tr("Yesterday")}, std::pair{u"week"_s, tr("This week")},
          std::pair{u"month"_s, tr("This month")}, std::pair{u"custom"_s, tr("Dates…")}})
        m_period->addItem(label, key);
    bar->addWidget(m_period);
    m_from = new QDateEdit(m_ctx->businessToday());
    m_from->setObjectName(u"reports-from"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(m_ctx->businessToday());
    m_to->setObjectName(u"reports-to"_s);
    m_to->setCalendarPopup(true);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
        // Dates typed by hand make the period "Dates…".
        connect(d, &QDateEdit::userDateChanged, this, [this] {
            const QSignalBlocker block(m_period);
            m_period->setCurrentIndex(m_period->findData(u"custom"_s));
        });
    }
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const QString period = m_period->currentData().toString();
        if (period != u"custom"_s)
            choosePeriod(period);
    });
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(u"–"_s));
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
        if (m_report)
            theme::askAndSave(
                this, tr("Export the sales"), m_report->csvFileName(), tr("Spreadsheet (*.csv)"),
                [this](const QString &path) { return saveCsv(path); }, m_message);
    });
    auto *bottom = new QHBoxLayout; // the totals, and the exports for the accountant beside them
    bottom->addWidget(exportCsv);
    auto *exportPdf = new QPushButton(tr("PDF…"));
    exportPdf->setObjectName(u"reports-export-pdf"_s);
    exportPdf->setToolTip(tr("The chart and the table as a PDF, to print or send"));
    connect(exportPdf, &QPushButton::clicked, this, [this] {
        if (m_report)
            theme::askAndSave(
                this, tr("Export the sales"), QFileInfo(m_report->csvFileName()).completeBaseName() + u".pdf"_s, tr("PDF (*.pdf)"),
                [this](const QString &path) { return savePdf(path); }, m_message);
    });
    bottom->addWidget(exportPdf);
    bar->addStretch();
    v->addLayout(bar);
    m_chart = new QChartView;
    m_chart->setObjectName(u"reports-chart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(210);
    m_chart->chart()->legend()->hide();
    m_chart->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_chart->chart()->setBackgroundRoundness(0);
    v->addWidget(m_chart, 3);
    m_table = new QTableWidget(0, 7);
    m_table->setObjectName(u"reports-table"_s);
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Count"), tr("Gross"), tr("Discounts"), tr("Service"), tr("VAT"), tr("Total")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    v->addWidget(m_table, 2);
    m_summary = new QLabel;
    m_summary->setObjectName(u"reports-summary"_s);
    m_summary->setProperty("role", u"title"_s);
    m_summary->setWordWrap(true);
    bottom->insertWidget(0, m_summary, 1);
    v->addLayout(bottom);
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
        QStringList labels;
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
            labels << label;
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
        m_labels = labels;
        showChart(*r, labels);
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

void ReportsPage::choosePeriod(const QString &period)
{
    const QDate today = m_ctx->businessToday();
    QDate from = today;
    QDate to = today;
    if (period == u"yesterday"_s) {
        from = to = today.addDays(-1);
    } else if (period == u"week"_s) {
        from = today.addDays(1 - today.dayOfWeek()); // from Monday
    } else if (period == u"month"_s) {
        from = QDate(today.year(), today.month(), 1);
    }
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    const QSignalBlocker block(m_period);
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    load();
}

Result<QString> ReportsPage::savePdf(const QString &path)
{
    if (!m_report)
        return Error{ErrorCode::NotFound, tr("Show a report first."), {}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(m_report->csvFileName());
        QPainter p(&writer);
        const int margin = 90;
        const int width = writer.width() - 2 * margin;
        int y = margin;
        QFont font(u"Loma"_s);
        font.setFamilies({u"Loma"_s, u"Garuda"_s, u"Noto Sans Thai"_s, u"DejaVu Sans"_s});
        font.setPointSizeF(14);
        font.setBold(true);
        p.setFont(font);
        const QString shop = theme::itemName(m_ctx->shop().shopName, m_ctx->shop().shopNameTh);
        p.drawText(QRect(margin, y, width, 60), Qt::AlignLeft, shop);
        y += 60;
        font.setPointSizeF(11);
        font.setBold(false);
        p.setFont(font);
        p.drawText(
            QRect(margin, y, width, 40), Qt::AlignLeft,
            tr("Sales %1 – %2, %3").arg(m_report->from.toString(Qt::ISODate), m_report->to.toString(Qt::ISODate), m_group->currentText()));
        y += 60;
        m_chart->render(&p, QRectF(margin, y, width, width * 0.45));
        y += int(width * 0.45) + 30;
        const QStringList head{tr("Group"), tr("Count"), tr("Gross"), tr("Discounts"), tr("Service"), tr("VAT"), tr("Total")};
        const int first = width * 34 / 100;
        const int other = (width - first) / 6;
        auto row = [&](const QStringList &cells, bool bold) {
            if (y + 40 > writer.height() - margin) {
                writer.newPage();
                y = margin;
            }
            font.setBold(bold);
            p.setFont(font);
            p.drawText(QRect(margin, y, first, 40), Qt::AlignLeft | Qt::AlignVCenter, cells.value(0));
            for (int c = 1; c < cells.size(); ++c)
                p.drawText(QRect(margin + first + (c - 1) * other, y, other, 40), Qt::AlignRight | Qt::AlignVCenter, cells.at(c));
            y += 40;
        };
        auto money = [](const Money &m) { return m.toGroupedString(); };
        row(head, true);
        for (int i = 0; i < m_report->rows.size(); ++i) {
            const SalesReport::Row &r = m_report->rows.at(i);
            row({m_labels.value(i), QString::number(r.count), money(r.gross), money(r.discounts), money(r.serviceCharge), money(r.vat),
                 money(r.total)},
                false);
        }
        const SalesReport::Row &t = m_report->totals;
        row({tr("Total"), QString::number(t.count), money(t.gross), money(t.discounts), money(t.serviceCharge), money(t.vat),
             money(t.total)},
            true);
    }
    return theme::saveFile(path, buffer.data());
}

QChart *ReportsPage::chart() const
{
    return m_chart->chart();
}

void ReportsPage::showChart(const SalesReport &report, const QStringList &labels)
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    // The rows in the report's order (days, hours), the ten best for dishes, staff and categories.
    QList<int> rows;
    for (int i = 0; i < report.rows.size(); ++i)
        rows << i;
    const bool ranked = report.groupBy == u"item"_s || report.groupBy == u"category"_s || report.groupBy == u"staff"_s;
    if (ranked) {
        std::stable_sort(rows.begin(), rows.end(),
                         [&report](int a, int b) { return report.rows.at(a).total.satang() > report.rows.at(b).total.satang(); });
        if (rows.size() > 10)
            rows.resize(10);
    }
    auto *set = new QBarSet(tr("Total"));
    set->setColor(QColor(0xc2, 0x5b, 0x2a));
    QStringList categories;
    double top = 0;
    for (int i : std::as_const(rows)) {
        const double baht = double(report.rows.at(i).total.satang()) / 100.0;
        *set << baht;
        top = std::max(top, baht);
        QString label = labels.value(i);
        if (label.size() > 14)
            label = label.left(13) + u'…';
        categories << label;
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    // Small type: the chart is a glance above the table, not a poster.
    QFont small = font();
    small.setPointSizeF(std::max(8.0, small.pointSizeF() * 0.6));
    chart->setTitleFont(small);
    auto *x = new QBarCategoryAxis;
    x->setLabelsFont(small);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelsFont(small);
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(u"%.0f"_s);
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->setTitle(ranked ? tr("Top %n by sales (฿)", nullptr, int(rows.size())) : tr("Sales (฿)"));
}

} // namespace tavola::ui
