#include "printqueue.h"

#include "transport.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <memory>

Q_LOGGING_CATEGORY(lcPrint, "tavola.core.print")

using namespace Qt::StringLiterals;

namespace tavola::printing {

namespace {
constexpr std::array kStates{std::pair{PrintQueue::JobState::Queued, "queued"}, std::pair{PrintQueue::JobState::Printing, "printing"},
                             std::pair{PrintQueue::JobState::Done, "done"}, std::pair{PrintQueue::JobState::Failed, "failed"},
                             std::pair{PrintQueue::JobState::Cancelled, "cancelled"}};

PrintQueue::JobState stateFrom(const QString &s)
{
    for (const auto &[state, name] : kStates) {
        if (s == QLatin1String(name))
            return state;
    }
    return PrintQueue::JobState::Queued;
}

Error storeError(const QSqlError &e)
{
    qCWarning(lcPrint) << "print queue store:" << e.text();
    return Error{ErrorCode::Internal, u"The print queue could not save the job"_s, {}};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

QString PrintQueue::stateName(JobState state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

PrintQueue::PrintQueue(QString databasePath, QObject *parent) : QObject(parent), m_path(std::move(databasePath))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PrintQueue::pump);
}

PrintQueue::~PrintQueue()
{
    m_stopping = true;
    m_timer.stop();
    // A send still running in its thread holds only copies; its result is dropped and the job,
    // still "printing" in the file, is queued again at the next open.
    m_db = QSqlDatabase();
    m_file.close();
}

Status PrintQueue::open()
{
    QString error;
    if (!m_file.open(m_path, false, &error)) {
        qCWarning(lcPrint) << "print queue store:" << error;
        return Error{ErrorCode::Internal, u"The print queue could not open its file"_s, {}};
    }
    m_db = m_file.database();
    QSqlQuery q(m_db);
    for (const auto *sql : {"CREATE TABLE IF NOT EXISTS print_jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, printer TEXT NOT NULL, "
                            "title TEXT NOT NULL, data BLOB NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                            "last_error TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                            "next_attempt_at INTEGER NOT NULL)",
                            "CREATE INDEX IF NOT EXISTS print_jobs_due ON print_jobs (state, next_attempt_at)",
                            "UPDATE print_jobs SET state = 'queued' WHERE state = 'printing'"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return storeError(q.lastError());
    }
    return {};
}

void PrintQueue::start()
{
    m_timer.start(0);
}

Result<qint64> PrintQueue::enqueue(const QString &printer, const QString &title, const QByteArray &data)
{
    QSqlQuery q(m_db);
    const qint64 now = nowMs();
    if (!sqlite::File::run(
            q,
            u"INSERT INTO print_jobs (printer, title, data, state, created_at, updated_at, next_attempt_at) VALUES (?, ?, ?, 'queued', ?, ?, ?)"_s,
            {printer, title, data, now, now, now}))
        return storeError(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    emit jobChanged(id, JobState::Queued);
    if (!m_busy && !m_stopping)
        m_timer.start(0);
    return id;
}

Status PrintQueue::setState(qint64 id, JobState state, const QString &error, std::optional<QDateTime> next, int attemptsDelta)
{
    QSqlQuery q(m_db);
    if (!sqlite::File::run(q,
                           u"UPDATE print_jobs SET state = ?, last_error = ?, attempts = attempts + ?, updated_at = ?, "
                           "next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?"_s,
                           {stateName(state), error.isNull() ? QString(u""_s) : error, attemptsDelta, nowMs(),
                            next ? QVariant(next->toMSecsSinceEpoch()) : QVariant(), id}))
        return storeError(q.lastError());
    emit jobChanged(id, state);
    return {};
}

Status PrintQueue::cancel(qint64 id)
{
    const auto j = job(id);
    if (!j)
        return Error{ErrorCode::NotFound, u"No print job %1"_s.arg(id), {}};
    if (j->state != JobState::Queued && j->state != JobState::Failed)
        return Error{ErrorCode::InvalidTransition, u"Job %1 is %2 and cannot be cancelled"_s.arg(id).arg(stateName(j->state)), {}};
    return setState(id, JobState::Cancelled, j->lastError);
}

Result<qint64> PrintQueue::reprint(qint64 id)
{
    const auto j = job(id);
    if (!j)
        return Error{ErrorCode::NotFound, u"No print job %1"_s.arg(id), {}};
    return enqueue(j->printer, j->title, j->data);
}

Status PrintQueue::retryNow(qint64 id)
{
    const auto j = job(id);
    if (!j)
        return Error{ErrorCode::NotFound, u"No print job %1"_s.arg(id), {}};
    if (j->state != JobState::Failed && j->state != JobState::Queued)
        return Error{ErrorCode::InvalidTransition, u"Job %1 is %2"_s.arg(id).arg(stateName(j->state)), {}};
    QSqlQuery q(m_db);
    if (!sqlite::File::run(q, u"UPDATE print_jobs SET state = 'queued', attempts = 0, next_attempt_at = ? WHERE id = ?"_s, {nowMs(), id}))
        return storeError(q.lastError());
    emit jobChanged(id, JobState::Queued);
    if (!m_busy)
        m_timer.start(0);
    return {};
}

QList<PrintQueue::Job> PrintQueue::jobs(int limit) const
{
    QList<Job> out;
    QSqlQuery q(m_db);
    if (!sqlite::File::run(q,
                           u"SELECT id, printer, title, data, state, attempts, last_error, created_at, updated_at, next_attempt_at "
                           "FROM print_jobs ORDER BY id DESC LIMIT ?"_s,
                           {limit}))
        return out;
    while (q.next()) {
        Job j;
        j.id = q.value(0).toLongLong();
        j.printer = q.value(1).toString();
        j.title = q.value(2).toString();
        j.data = q.value(3).toByteArray();
        j.state = stateFrom(q.value(4).toString());
        j.attempts = q.value(5).toInt();
        j.lastError = q.value(6).toString();
        j.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), QTimeZone::utc());
        j.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::utc());
        j.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), QTimeZone::utc());
        out.append(j);
    }
    return out;
}

std::optional<PrintQueue::Job> PrintQueue::job(qint64 id) const
{
    for (const Job &j : jobs(100000)) {
        if (j.id == id)
            return j;
    }
    return std::nullopt;
}

void PrintQueue::pump()
{
    if (m_busy || m_stopping)
        return;
    QSqlQuery q(m_db);
    if (!sqlite::File::run(
            q, u"SELECT id, printer, data, next_attempt_at FROM print_jobs WHERE state = 'queued' ORDER BY next_attempt_at, id LIMIT 1"_s)
        || !q.next())
        return; // nothing to do until the next enqueue
    const qint64 id = q.value(0).toLongLong();
    const qint64 due = q.value(3).toLongLong();
    if (due > nowMs()) {
        m_timer.start(int(std::min<qint64>(due - nowMs(), 60'000)));
        return;
    }
    if (!setState(id, JobState::Printing))
        return;
    m_busy = true;
    const QString printer = q.value(1).toString();
    const QByteArray data = q.value(2).toByteArray();
    const int timeout = m_policy.sendTimeoutMs;
    // Sending blocks for up to the timeout: do it off the UI thread.
    auto result = std::make_shared<Status>();
    QThread *worker = QThread::create([printer, data, timeout, result] { *result = sendToPrinter(printer, data, timeout); });
    QPointer<PrintQueue> self(this);
    connect(worker, &QThread::finished, worker, [self, worker, id, result] {
        worker->deleteLater();
        if (self)
            self->finish(id, *result);
    });
    worker->start();
}

void PrintQueue::finish(qint64 id, const Status &result)
{
    m_busy = false;
    if (m_stopping)
        return;
    if (result) {
        qCInfo(lcPrint) << "printed job" << id;
        (void)setState(id, JobState::Done, QString(), std::nullopt, 1);
    } else {
        const auto j = job(id);
        const int attempts = (j ? j->attempts : 0) + 1;
        if (attempts >= m_policy.maxAttempts) {
            (void)setState(id, JobState::Failed, result.error().message, std::nullopt, 1);
        } else {
            // Exponential backoff with ±20 % jitter, so several tills do not retry in step.
            const double base = std::min<double>(m_policy.maxDelayMs, m_policy.firstDelayMs * std::pow(2.0, attempts - 1));
            const int delay = int(base * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble()));
            (void)setState(id, JobState::Queued, result.error().message, QDateTime::currentDateTimeUtc().addMSecs(delay), 1);
        }
        qCInfo(lcPrint) << "job" << id << "not printed:" << result.error().message;
    }
    m_timer.start(0);
}

} // namespace tavola::printing
