#pragma once
// A throwaway tavola-server for a benchmark: SQLite at the path given, the demo café, the rate
// and connection limits out of the way, logs off. Stopped with the object.
#include <QProcess>
#include <QString>

class BenchServer
{
public:
    BenchServer() = default;
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;
    ~BenchServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }

    /// Starts `program` on a free loopback port; its base URL ("http://127.0.0.1:P"), or empty.
    QString start(const QString &program, const QString &dbPath)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TAVOLA_RATE_LIMIT_PER_MINUTE"), QStringLiteral("1000000"));
        env.insert(QStringLiteral("TAVOLA_MAX_CONNECTIONS_PER_ADDRESS"), QStringLiteral("10000"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tavola.*=false"));
        m_process.setProcessEnvironment(env);
        m_process.start(program,
                        {QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                         QStringLiteral("sqlite://") + dbPath});
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(30000))
            return {};
        return QString::fromUtf8(m_process.readLine()).trimmed().section(u' ', 3); // "tavola-server listening on URL"
    }

private:
    QProcess m_process;
};
