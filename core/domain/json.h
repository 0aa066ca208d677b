#pragma once

#include "enums.h"
#include "error.h"
#include "money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tavola {

/// RFC 3339 UTC, second precision: "2026-01-21T12:00:00Z". Null for an invalid time.
QJsonValue timeToJson(const QDateTime &time);
QString formatTime(const QDateTime &time);
std::optional<QDateTime> parseTime(const QString &text);

/// Parses a JSON request body: an object, or MALFORMED_JSON / VALIDATION_FAILED.
Result<QJsonObject> parseJsonObject(const QByteArray &body);

enum class Presence { Required, Optional };

/// Reads and validates the fields of a JSON object. The first problem found is kept as an API
/// error (VALIDATION_FAILED with details.field = the field's path, e.g. "items[2].qty"); later
/// reads after an error return defaults, so a parser reads everything and checks ok() once.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString path = {});

    bool has(const QString &key) const;
    QString path(const QString &key) const;

    QString string(const QString &key, Presence p, qsizetype maxLength = 200, const QString &fallback = {});
    /// A non-empty trimmed string of at most maxLength characters.
    QString text(const QString &key, Presence p, qsizetype maxLength = 200);
    /// Ids are opaque strings; a JSON integer is accepted and turned into its string.
    QString id(const QString &key, Presence p);
    qint64 integer(const QString &key, Presence p, qint64 min, qint64 max, qint64 fallback = 0);
    double number(const QString &key, Presence p, double min, double max, double fallback = 0);
    bool boolean(const QString &key, Presence p, bool fallback = false);
    Money money(const QString &key, Presence p, bool allowNegative = false, Money fallback = {});
    /// Absent or null: none. A shortfall (over/short) may be negative with `allowNegative`.
    std::optional<Money> optionalMoney(const QString &key, bool allowNegative = false);
    QDateTime time(const QString &key, Presence p);
    QJsonArray array(const QString &key, Presence p, qsizetype maxSize = 1000);
    QJsonObject object(const QString &key, Presence p);
    QStringList idList(const QString &key, Presence p, qsizetype maxSize = 100);
    QStringList stringList(const QString &key, Presence p, qsizetype maxSize = 100);

    template<typename E>
    E enumeration(const QString &key, Presence p, E fallback)
    {
        const QString s = string(key, p, 40);
        if (!ok() || (!has(key) && p == Presence::Optional))
            return fallback;
        if (const auto v = enumFromName<E>(s))
            return *v;
        fail(key, QStringLiteral("%1 must be one of %2").arg(path(key), enumChoices<E>()));
        return fallback;
    }

    /// Calls fn(JsonReader &element, index) for each element of an array of objects; a
    /// non-object element is a validation error naming its index.
    template<typename F>
    void forEachObject(const QString &key, Presence p, qsizetype maxSize, F &&fn)
    {
        const QJsonArray arr = array(key, p, maxSize);
        for (qsizetype i = 0; ok() && i < arr.size(); ++i) {
            if (!arr.at(i).isObject()) {
                const QString element = QStringLiteral("%1[%2]").arg(path(key)).arg(i);
                m_error = Error::validation(element, element + QStringLiteral(" must be an object"));
                return;
            }
            JsonReader r = element(key, i, arr.at(i).toObject());
            fn(r, i);
            merge(r);
        }
    }

    /// Reads an array of objects through `parse(const QJsonObject &) -> Result<T>`; a nested
    /// error keeps its code and gets the element's path prefixed to details.field.
    template<typename T, typename Parse>
    QList<T> list(const QString &key, Presence p, qsizetype maxSize, Parse &&parse)
    {
        QList<T> out;
        forEachObject(key, p, maxSize, [&](JsonReader &e, qsizetype i) {
            Result<T> item = parse(e.m_object);
            if (item) {
                out.append(std::move(item).value());
                return;
            }
            Error err = item.error();
            const QString prefix = QStringLiteral("%1[%2]").arg(path(key)).arg(i);
            const QString field = err.field();
            err.details.insert(QStringLiteral("field"), field.isEmpty() ? prefix : prefix + QLatin1Char('.') + field);
            err.message = prefix + QStringLiteral(": ") + err.message;
            e.m_error = err;
        });
        return out;
    }

    /// A reader for element `index` of an array field, sharing this reader's error.
    JsonReader element(const QString &key, qsizetype index, const QJsonObject &object) const;
    /// Adopts the error of a nested reader, if this reader has none yet.
    void merge(const JsonReader &nested);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void fail(const QString &key, const QString &message);

private:
    bool present(const QString &key, Presence p);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace tavola
