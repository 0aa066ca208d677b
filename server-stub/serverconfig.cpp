#include "serverconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {
Status setInt(int *target, const QString &value, const QString &name, int min, int max)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < min || v > max)
        return Error::validation(name, u"%1 must be a whole number from %2 to %3"_s.arg(name).arg(min).arg(max));
    *target = v;
    return {};
}

bool truthy(const QString &v)
{
    return v == u"1"_s || v.compare(u"true"_s, Qt::CaseInsensitive) == 0 || v.compare(u"yes"_s, Qt::CaseInsensitive) == 0;
}

/// One setting from any source, under its config-file key.
Status apply(ServerConfig &c, const QString &key, const QString &value)
{
    if (key == u"listen"_s)
        return c.setListen(value);
    if (key == u"db"_s) {
        c.database = value;
        return {};
    }
    if (key == u"demo"_s) {
        c.demo = truthy(value);
        return {};
    }
    if (key == u"pos_id"_s) {
        if (value.isEmpty() || value.size() > 20)
            return Error::validation(key, u"pos_id must be 1 to 20 characters"_s);
        c.posId = value;
        return {};
    }
    if (key == u"rate_limit_per_minute"_s)
        return setInt(&c.rateLimitPerMinute, value, key, 1, 1'000'000);
    if (key == u"login_failures_per_minute"_s)
        return setInt(&c.loginFailuresPerMinute, value, key, 1, 1000);
    if (key == u"queue_tickets_per_minute"_s)
        return setInt(&c.queueTicketsPerMinute, value, key, 1, 1'000'000);
    if (key == u"idle_timeout_seconds"_s)
        return setInt(&c.idleTimeoutSeconds, value, key, 1, 3600);
    if (key == u"header_timeout_seconds"_s)
        return setInt(&c.headerTimeoutSeconds, value, key, 1, 600);
    if (key == u"request_timeout_seconds"_s)
        return setInt(&c.requestTimeoutSeconds, value, key, 1, 3600);
    if (key == u"max_connections"_s)
        return setInt(&c.maxConnections, value, key, 10, 100'000);
    if (key == u"max_connections_per_address"_s)
        return setInt(&c.maxConnectionsPerAddress, value, key, 2, 100'000);
    if (key == u"max_secret_work"_s)
        return setInt(&c.maxSecretWork, value, key, 1, 10'000);
    if (key == u"group_commit"_s) {
        c.groupCommit = truthy(value);
        return {};
    }
    if (key == u"trusted_proxies"_s) {
        c.trustedProxies.clear();
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QHostAddress address(part.trimmed());
            if (address.isNull())
                return Error::validation(
                    key, u"trusted_proxies is a comma-separated list of IP addresses; '%1' is not one"_s.arg(part.trimmed()));
            c.trustedProxies.append(address);
        }
        return {};
    }
    if (key == u"min_transfer_rate"_s)
        return setInt(&c.minTransferRate, value, key, 1024, 1'000'000'000);
    if (key == u"ping_interval_seconds"_s)
        return setInt(&c.pingIntervalSeconds, value, key, 1, 3600);
    if (key == u"client_timeout_seconds"_s)
        return setInt(&c.clientTimeoutSeconds, value, key, 2, 3600);
    if (key == u"event_retention_minutes"_s)
        return setInt(&c.eventRetentionMinutes, value, key, 60, 60 * 24 * 30);
    if (key == u"password_iterations"_s)
        return setInt(&c.passwordIterations, value, key, 100'000, 10'000'000);
    if (key == u"payments.sandbox"_s || key == u"payments_sandbox"_s) {
        c.paymentsSandbox = truthy(value);
        return {};
    }
    if (key == u"payments.slip_verifier"_s || key == u"payments_slip_verifier"_s) {
        if (!value.isEmpty() && value != u"sandbox"_s)
            return Error::validation(key, u"payments.slip_verifier is empty (none) or sandbox"_s);
        c.slipVerifier = value;
        return {};
    }
    if (key == u"tls.cert"_s || key == u"tls_cert"_s) {
        c.tlsCert = value;
        return {};
    }
    if (key == u"tls.key"_s || key == u"tls_key"_s) {
        c.tlsKey = value;
        return {};
    }
    if (key == u"backup.dir"_s || key == u"backup_dir"_s) {
        c.backupDir = value;
        return {};
    }
    if (key == u"backup.every_hours"_s || key == u"backup_every_hours"_s)
        return setInt(&c.backupEveryHours, value, key, 0, 24 * 365);
    if (key == u"backup.keep"_s || key == u"backup_keep"_s)
        return setInt(&c.backupKeep, value, key, 1, 10'000);
    if (key == u"admin_username"_s) {
        c.adminUsername = value;
        return {};
    }
    if (key == u"admin_password"_s) {
        c.adminPassword = value;
        return {};
    }
    if (key == u"admin_pin"_s) {
        static const QRegularExpression pin(u"^[0-9]{4,8}$"_s);
        if (!value.isEmpty() && !pin.match(value).hasMatch())
            return Error::validation(key, u"admin_pin must be 4 to 8 digits"_s);
        c.adminPin = value;
        return {};
    }
    return Error::validation(key, u"Unknown setting '%1'"_s.arg(key));
}

const QStringList kKeys{u"listen"_s,
                        u"db"_s,
                        u"demo"_s,
                        u"pos_id"_s,
                        u"rate_limit_per_minute"_s,
                        u"login_failures_per_minute"_s,
                        u"queue_tickets_per_minute"_s,
                        u"idle_timeout_seconds"_s,
                        u"header_timeout_seconds"_s,
                        u"request_timeout_seconds"_s,
                        u"max_connections"_s,
                        u"max_connections_per_address"_s,
                        u"max_secret_work"_s,
                        u"group_commit"_s,
                        u"min_transfer_rate"_s,
                        u"trusted_proxies"_s,
                        u"ping_interval_seconds"_s,
                        u"client_timeout_seconds"_s,
                        u"event_retention_minutes"_s,
                        u"password_iterations"_s,
                        u"payments_sandbox"_s,
                        u"admin_username"_s,
                        u"admin_password"_s,
                        u"admin_pin"_s,
                        u"tls_cert"_s,
                        u"tls_key"_s,
                        u"payments_slip_verifier"_s,
                        u"backup_dir"_s,
                        u"backup_every_hours"_s,
                        u"backup_keep"_s};
} // namespace

Status ServerConfig::setListen(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool ok = false;
    const int p = colon > 0 ? hostPort.mid(colon + 1).toInt(&ok) : -1;
    QString h = colon > 0 ? hostPort.left(colon) : QString();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    QHostAddress addr;
    if (h == u"localhost"_s)
        addr = QHostAddress(QHostAddress::LocalHost);
    else if (h == u"*"_s || h == u"0.0.0.0"_s)
        addr = QHostAddress(QHostAddress::Any);
    else
        addr = QHostAddress(h);
    if (!ok || p < 0 || p > 65535 || addr.isNull())
        return Error::validation(u"listen"_s, u"--listen must be HOST:PORT, e.g. 127.0.0.1:8080 (port 0 picks a free one)"_s);
    host = addr;
    port = static_cast<quint16>(p);
    return {};
}

QString ServerConfig::defaultDatabase() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/tavola"_s;
    return u"sqlite://"_s + dir + u"/tavola.db"_s;
}

Result<ServerConfig> ServerConfig::load(const QStringList &arguments, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tavola point-of-sale server (REST + WebSocket)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(u"config"_s, u"INI configuration file."_s, u"file"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address to listen on, HOST:PORT (port 0 = any free port)."_s, u"host:port"_s);
    const QCommandLineOption db(u"db"_s, u"Database URL: sqlite:///abs/path.db or postgresql://user@host:port/db."_s, u"url"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed the demo café into an empty database; sandbox payments."_s);
    const QCommandLineOption set(u"set"_s, u"Any setting as key=value (repeatable)."_s, u"key=value"_s);
    const QCommandLineOption makeCert(
        u"make-cert"_s, u"Write DIR/tavola.crt and DIR/tavola.key, a self-signed certificate for the shop's LAN, and exit."_s, u"dir"_s);
    const QCommandLineOption restore(u"restore"_s,
                                     u"Copy the SQLite backup FILE into the database given by --db (an empty one) and exit."_s, u"file"_s);
    const QCommandLineOption force(u"force"_s, u"With --restore: replace a database that already holds data."_s);
    const QCommandLineOption rebuildReports(
        u"rebuild-reports"_s, u"Make the sales report rollups again from the orders in --db, and exit (while the servers run too)."_s);
    parser.addOptions({config, listen, db, demo, set, makeCert, restore, force, rebuildReports});
    if (!parser.parse(arguments))
        return Error::validation(u"arguments"_s, parser.errorText());
    if (helpText)
        *helpText = parser.isSet(u"help"_s) ? parser.helpText() : (parser.isSet(u"version"_s) ? u"version"_s : QString());

    ServerConfig c;
    if (parser.isSet(config)) {
        QSettings ini(parser.value(config), QSettings::IniFormat);
        if (ini.status() != QSettings::NoError)
            return Error::validation(u"config"_s, u"Cannot read the config file %1"_s.arg(parser.value(config)));
        for (const QString &key : ini.allKeys()) {
            const QString k = QString(key).replace(u'/', u'.');
            if (auto s = apply(c, k, ini.value(key).toString()); !s)
                return s.error();
        }
    }
    const auto env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : kKeys) {
        const QString name = u"TAVOLA_"_s + key.toUpper();
        if (env.contains(name)) {
            if (auto s = apply(c, key, env.value(name)); !s)
                return s.error();
        }
    }
    if (parser.isSet(listen)) {
        if (auto s = c.setListen(parser.value(listen)); !s)
            return s.error();
    }
    if (parser.isSet(db))
        c.database = parser.value(db);
    if (parser.isSet(demo))
        c.demo = true;
    for (const QString &kv : parser.values(set)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return Error::validation(u"set"_s, u"--set takes key=value"_s);
        if (auto s = apply(c, kv.left(eq), kv.mid(eq + 1)); !s)
            return s.error();
    }
    c.makeCertDir = parser.value(makeCert);
    c.restoreFile = parser.value(restore);
    c.force = parser.isSet(force);
    c.rebuildReports = parser.isSet(rebuildReports);
    if (c.tlsCert.isEmpty() != c.tlsKey.isEmpty())
        return Error::validation(u"tls"_s, u"TLS needs both tls.cert and tls.key"_s);
    if (c.demo && !env.contains(u"TAVOLA_PAYMENTS_SANDBOX"_s))
        c.paymentsSandbox = true;
    if (c.database.isEmpty())
        c.database = c.defaultDatabase();
    return c;
}

} // namespace tavola::server
