#include "json.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tavola {

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // Every order, event and audit entry carries a few: written digit by digit, since a format
    // string is parsed again on every call (QDateTime::toString was 4% of a write's time).
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1 || d.year() > 9999)
        return utc.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
    char16_t text[20];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = u'-';
    put(5, d.month(), 2);
    text[7] = u'-';
    put(8, d.day(), 2);
    text[10] = u'T';
    put(11, t.hour(), 2);
    text[13] = u':';
    put(14, t.minute(), 2);
    text[16] = u':';
    put(17, t.second(), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue(QJsonValue::Null);
}

std::optional<QDateTime> parseTime(const QString &text)
{
    // RFC 3339 needs a date, a time and an offset ("Z" or "+07:00").
    if (text.size() < 20 || text.size() > 35 || text.at(10) != u'T')
        return std::nullopt;
    const QChar last = text.back();
    if (last != u'Z' && !text.mid(19).contains(u'+') && !text.mid(19).contains(u'-'))
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

namespace {

/// Qt's parser is lenient with numbers ("5.", "01", "+1", ".5" pass): every number outside a
/// string must follow RFC 8259, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?. Returns the offset
/// of the first number that does not, or -1.
qsizetype firstLooseNumber(const QByteArray &body)
{
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')))
            continue;
        const qsizetype start = i;
        qsizetype j = i;
        auto digits = [&] {
            const qsizetype from = j;
            while (j < body.size() && body[j] >= '0' && body[j] <= '9')
                ++j;
            return j - from;
        };
        bool ok = true;
        if (body[j] == '-')
            ++j;
        if (j < body.size() && body[j] == '0') {
            ++j;
        } else if (digits() == 0) {
            ok = false;
        }
        if (ok && j < body.size() && body[j] == '.') {
            ++j;
            ok = digits() > 0;
        }
        if (ok && j < body.size() && (body[j] == 'e' || body[j] == 'E')) {
            ++j;
            if (j < body.size() && (body[j] == '+' || body[j] == '-'))
                ++j;
            ok = digits() > 0;
        }
        // What follows a number must end it ("01" leaves a digit, "5.5.5" a dot).
        if (ok && j < body.size() && ((body[j] >= '0' && body[j] <= '9') || body[j] == '.' || body[j] == '+' || body[j] == '-'))
            ok = false;
        if (!ok)
            return start;
        i = j - 1;
    }
    return -1;
}

} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    if (const qsizetype at = firstLooseNumber(body); at >= 0)
        return Error{ErrorCode::MalformedJson, u"The request body is not valid JSON (a malformed number at offset %1)"_s.arg(at), {}};
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error{
            ErrorCode::MalformedJson, u"The request body is not valid JSON (%1 at offset %2)"_s.arg(err.errorString()).arg(err.offset), {}};
    if (!doc.isObject())
        return Error{ErrorCode::ValidationFailed, u"The request body must be a JSON object"_s, {}};
    return doc.object();
}

namespace {
/// An id is a non-empty string of at most 64 characters, or a non-negative whole JSON number.
std::optional<QString> idFromJson(const QJsonValue &v)
{
    if (v.isString() && !v.toString().isEmpty() && v.toString().size() <= 64)
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d <= 9007199254740991.0 && std::floor(d) == d)
            return QString::number(static_cast<qint64>(d));
    }
    return std::nullopt;
}
} // namespace

JsonReader::JsonReader(QJsonObject object, QString path) : m_object(std::move(object)), m_path(std::move(path)) { }

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key) && !m_object.value(key).isNull();
}

QString JsonReader::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::fail(const QString &key, const QString &message)
{
    if (!m_error)
        m_error = Error::validation(path(key), message);
}

bool JsonReader::present(const QString &key, Presence p)
{
    if (!ok())
        return false;
    if (has(key))
        return true;
    if (p == Presence::Required)
        fail(key, u"%1 is required"_s.arg(path(key)));
    return false;
}

QString JsonReader::string(const QString &key, Presence p, qsizetype maxLength, const QString &fallback)
{
    if (!present(key, p))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, u"%1 must be a string"_s.arg(path(key)));
        return fallback;
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(key, u"%1 must be at most %2 characters"_s.arg(path(key)).arg(maxLength));
        return fallback;
    }
    return s;
}

QString JsonReader::text(const QString &key, Presence p, qsizetype maxLength)
{
    const QString s = string(key, p, maxLength).trimmed();
    if (ok() && has(key) && s.isEmpty())
        fail(key, u"%1 must not be empty"_s.arg(path(key)));
    // Names are one line of printable text: no NUL, tab, newline or other control character.
    for (const QChar c : s) {
        if (ok() && (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))) {
            fail(key, u"%1 must not contain control characters"_s.arg(path(key)));
            break;
        }
    }
    return s;
}

QString JsonReader::id(const QString &key, Presence p)
{
    if (!present(key, p))
        return {};
    if (const auto v = idFromJson(m_object.value(key)))
        return *v;
    fail(key, u"%1 must be an id (a non-empty string)"_s.arg(path(key)));
    return {};
}

qint64 JsonReader::integer(const QString &key, Presence p, qint64 min, qint64 max, qint64 fallback)
{
    if (!present(key, p))
        return fallback;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9007199254740991.0) {
        fail(key, u"%1 must be a whole number"_s.arg(path(key)));
        return fallback;
    }
    const auto i = static_cast<qint64>(d);
    if (i < min || i > max) {
        fail(key, u"%1 must be between %2 and %3"_s.arg(path(key)).arg(min).arg(max));
        return fallback;
    }
    return i;
}

double JsonReader::number(const QString &key, Presence p, double min, double max, double fallback)
{
    if (!present(key, p))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key, u"%1 must be a number"_s.arg(path(key)));
        return fallback;
    }
    const double d = v.toDouble();
    if (d < min || d > max) {
        fail(key, u"%1 must be between %2 and %3"_s.arg(path(key)).arg(min).arg(max));
        return fallback;
    }
    return d;
}

bool JsonReader::boolean(const QString &key, Presence p, bool fallback)
{
    if (!present(key, p))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        fail(key, u"%1 must be true or false"_s.arg(path(key)));
        return fallback;
    }
    return v.toBool();
}

Money JsonReader::money(const QString &key, Presence p, bool allowNegative, Money fallback)
{
    if (!present(key, p))
        return fallback;
    auto r = Money::fromJson(m_object.value(key), path(key), allowNegative);
    if (!r) {
        if (!m_error)
            m_error = r.error();
        return fallback;
    }
    return r.value();
}

std::optional<Money> JsonReader::optionalMoney(const QString &key, bool allowNegative)
{
    if (!has(key))
        return std::nullopt;
    const Money m = money(key, Presence::Required, allowNegative);
    return ok() ? std::optional<Money>(m) : std::nullopt;
}

QDateTime JsonReader::time(const QString &key, Presence p)
{
    if (!present(key, p))
        return {};
    const QJsonValue v = m_object.value(key);
    const auto t = v.isString() ? parseTime(v.toString()) : std::nullopt;
    if (!t) {
        fail(key, u"%1 must be an RFC 3339 time like \"2026-01-21T12:00:00Z\""_s.arg(path(key)));
        return {};
    }
    return *t;
}

QJsonArray JsonReader::array(const QString &key, Presence p, qsizetype maxSize)
{
    if (!present(key, p))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(key, u"%1 must be an array"_s.arg(path(key)));
        return {};
    }
    if (v.toArray().size() > maxSize) {
        fail(key, u"%1 must have at most %2 entries"_s.arg(path(key)).arg(maxSize));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const QString &key, Presence p)
{
    if (!present(key, p))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        fail(key, u"%1 must be an object"_s.arg(path(key)));
        return {};
    }
    return v.toObject();
}

QStringList JsonReader::idList(const QString &key, Presence p, qsizetype maxSize)
{
    QStringList out;
    const QJsonArray arr = array(key, p, maxSize);
    for (qsizetype i = 0; ok() && i < arr.size(); ++i) {
        if (const auto v = idFromJson(arr.at(i))) {
            out << *v;
        } else {
            const QString element = u"%1[%2]"_s.arg(path(key)).arg(i);
            m_error = Error::validation(element, element + u" must be an id"_s);
        }
    }
    return out;
}

QStringList JsonReader::stringList(const QString &key, Presence p, qsizetype maxSize)
{
    QStringList out;
    const QJsonArray arr = array(key, p, maxSize);
    for (qsizetype i = 0; ok() && i < arr.size(); ++i) {
        if (!arr.at(i).isString()) {
            const QString element = u"%1[%2]"_s.arg(path(key)).arg(i);
            m_error = Error::validation(element, element + u" must be a string"_s);
            break;
        }
        out << arr.at(i).toString();
    }
    return out;
}

JsonReader JsonReader::element(const QString &key, qsizetype index, const QJsonObject &object) const
{
    JsonReader r(object, u"%1[%2]"_s.arg(path(key)).arg(index));
    r.m_error = m_error;
    return r;
}

void JsonReader::merge(const JsonReader &nested)
{
    if (!m_error && nested.m_error)
        m_error = nested.m_error;
}

} // namespace tavola
