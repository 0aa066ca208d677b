#pragma once

#include <QWidget>

class QTableWidget;

namespace tavola::ui {

class AppContext;

/// The print queue: every job with its state and last error; reprint, cancel, retry now.
class PrintQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit PrintQueueView(AppContext *ctx, QWidget *parent = nullptr);
    void refresh();
    qint64 selectedJob() const;

private:
    AppContext *m_ctx;
    QTableWidget *m_table;
};

} // namespace tavola::ui
