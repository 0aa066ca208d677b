#include "csv.h"

using namespace Qt::StringLiterals;

namespace tavola::csv {

namespace {

bool looksLikeFormula(const QString &field)
{
    return !field.isEmpty() && (field.front() == u'=' || field.front() == u'+' || field.front() == u'@');
}

QString encode(const QString &raw)
{
    const QString field = looksLikeFormula(raw) ? u"'"_s + raw : raw;
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u"\""_s + QString(field).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

QString decode(const QString &field)
{
    return field.size() > 1 && field.front() == u'\'' && looksLikeFormula(field.mid(1)) ? field.mid(1) : field;
}

} // namespace

QByteArray line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << encode(f);
    return out.join(u',').toUtf8() + "\r\n";
}

QByteArray file(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out(kBom);
    out += line(header);
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

Result<QList<QStringList>> parse(const QByteArray &data)
{
    QString text = QString::fromUtf8(data.startsWith(kBom) ? data.mid(3) : data);
    QList<QStringList> rows;
    QStringList record;
    QString field;
    bool quoted = false; // inside quotes
    bool wasQuoted = false; // this field began with a quote
    int lineNo = 1;
    int recordLine = 1;
    auto endField = [&] {
        record << (wasQuoted ? field : decode(field));
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty())) // a blank line
            rows << record;
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < text.size() && text[i + 1] != u',' && text[i + 1] != u'\n' && text[i + 1] != u'\r')
                        return Error::validation(u"csv"_s, u"Line %1: text after a closing quote"_s.arg(recordLine));
                }
            } else {
                if (c == u'\n')
                    ++lineNo;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty())
                return Error::validation(u"csv"_s, u"Line %1: a quote inside a field that is not quoted"_s.arg(recordLine));
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRecord();
            recordLine = ++lineNo;
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error::validation(u"csv"_s, u"Line %1: a quote is never closed"_s.arg(recordLine));
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    return rows;
}

} // namespace tavola::csv
