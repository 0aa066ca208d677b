#include "printqueueview.h"

#include "appcontext.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

QString stateText(printing::PrintQueue::JobState s)
{
    using S = printing::PrintQueue::JobState;
    switch (s) {
    case S::Queued: return PrintQueueView::tr("waiting");
    case S::Printing: return PrintQueueView::tr("printing");
    case S::Done: return PrintQueueView::tr("printed");
    case S::Failed: return PrintQueueView::tr("failed");
    case S::Cancelled: return PrintQueueView::tr("cancelled");
    }
    return {};
}

} // namespace

PrintQueueView::PrintQueueView(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"printqueue"_s);
    auto *v = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(u"printqueue-jobs"_s);
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("State"), tr("Time"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    v->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto add = [&](const QString &name, const QString &text, auto action) {
        auto *b = new QPushButton(text);
        b->setObjectName(u"printqueue-"_s + name);
        connect(b, &QPushButton::clicked, this, [this, action] {
            if (const qint64 id = selectedJob(); id > 0)
                action(id);
            refresh();
        });
        buttons->addWidget(b);
    };
    add(u"reprint"_s, tr("Reprint"), [this](qint64 id) { (void)m_ctx->printQueue->reprint(id); });
    add(u"retry"_s, tr("Try again now"), [this](qint64 id) { (void)m_ctx->printQueue->retryNow(id); });
    add(u"cancel"_s, tr("Cancel"), [this](qint64 id) { (void)m_ctx->printQueue->cancel(id); });
    buttons->addStretch();
    v->addLayout(buttons);
    connect(m_ctx->printQueue, &printing::PrintQueue::jobChanged, this, &PrintQueueView::refresh);
    refresh();
}

qint64 PrintQueueView::selectedJob() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void PrintQueueView::refresh()
{
    const qint64 selected = selectedJob();
    const auto jobs = m_ctx->printQueue->jobs();
    m_table->setRowCount(int(jobs.size()));
    for (int row = 0; row < jobs.size(); ++row) {
        const auto &job = jobs[row];
        auto *title = new QTableWidgetItem(job.title);
        title->setData(Qt::UserRole, job.id);
        m_table->setItem(row, 0, title);
        auto *state = new QTableWidgetItem(stateText(job.state));
        if (job.state == printing::PrintQueue::JobState::Failed)
            state->setForeground(QColor(0xb3, 0x38, 0x2c));
        m_table->setItem(row, 1, state);
        m_table->setItem(row, 2, new QTableWidgetItem(QLocale().toString(job.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 3, new QTableWidgetItem(job.lastError));
        if (job.id == selected)
            m_table->selectRow(row);
    }
}

} // namespace tavola::ui
