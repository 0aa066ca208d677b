#pragma once

#include "domain/error.h"
#include "sqlite/sqlitefile.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <optional>

namespace tavola::printing {

/// Print jobs that survive the printer being off and the till being restarted. A job is written
/// to a local SQLite file before anything is sent; it is retried with growing pauses while the
/// printer is down, and each job has a state a cashier can see and act on (reprint, cancel).
class PrintQueue : public QObject
{
    Q_OBJECT

public:
    enum class JobState { Queued, Printing, Done, Failed, Cancelled };
    Q_ENUM(JobState)

    struct Job
    {
        qint64 id = 0;
        QString printer; // tcp://host:9100, file:///dev/usb/lp0
        QString title; // "Receipt POS01-000123", "Kitchen T7 #42"
        QByteArray data;
        JobState state = JobState::Queued;
        int attempts = 0;
        QString lastError;
        QDateTime createdAt;
        QDateTime updatedAt;
        QDateTime nextAttemptAt;
    };

    struct RetryPolicy
    {
        int firstDelayMs = 2000;
        int maxDelayMs = 60'000;
        int maxAttempts = 30; // then Failed, until someone retries it
        int sendTimeoutMs = 5000;
    };

    explicit PrintQueue(QString databasePath, QObject *parent = nullptr);
    ~PrintQueue() override;

    /// Opens (or creates) the queue. A job left "printing" by a crash is queued again: it may
    /// print twice, but it is never lost.
    Status open();
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    /// Starts sending due jobs (one at a time, in order).
    void start();

    Result<qint64> enqueue(const QString &printer, const QString &title, const QByteArray &data);
    /// Queued or failed jobs can be cancelled; a job being printed cannot.
    Status cancel(qint64 id);
    /// A new job with the same bytes (a reprint of a done, failed or cancelled job).
    Result<qint64> reprint(qint64 id);
    /// A failed job goes back into the queue now.
    Status retryNow(qint64 id);

    QList<Job> jobs(int limit = 200) const;
    std::optional<Job> job(qint64 id) const;
    static QString stateName(JobState state);

signals:
    void jobChanged(qint64 id, tavola::printing::PrintQueue::JobState state);

private:
    void pump();
    void finish(qint64 id, const Status &result);
    Status setState(qint64 id, JobState state, const QString &error = {}, std::optional<QDateTime> next = {}, int attemptsDelta = 0);

    QString m_path;
    sqlite::File m_file{QStringLiteral("tavola-printqueue")};
    QSqlDatabase m_db; // m_file's connection while open
    RetryPolicy m_policy;
    QTimer m_timer;
    bool m_busy = false;
    bool m_stopping = false;
};

} // namespace tavola::printing
