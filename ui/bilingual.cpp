#include "bilingual.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tavola::ui {

Bilingual::Bilingual()
{
    load(u":/i18n/tavola_th"_s);
}

bool Bilingual::load(const QString &qmFile)
{
    m_loaded = m_second.load(qmFile);
    return m_loaded;
}

bool Bilingual::thaiUi()
{
    return QLocale().language() == QLocale::Thai;
}

QString Bilingual::stacked(const QString &first, const QString &second)
{
    if (second.isEmpty() || second == first)
        return first.toHtmlEscaped();
    return first.toHtmlEscaped() + u"<br><small style='color: #555;'>%1</small>"_s.arg(second.toHtmlEscaped());
}

QString Bilingual::both(const char *context, const char *source) const
{
    const QString first = QCoreApplication::translate(context, source);
    QString second;
    if (thaiUi())
        second = QString::fromUtf8(source);
    else if (m_loaded)
        second = m_second.translate(context, source);
    return stacked(first, second);
}

QLabel *guestLabel(const QString &objectName, int pointSize, bool bold)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setAlignment(Qt::AlignCenter);
    l->setTextFormat(Qt::RichText);
    l->setStyleSheet(u"font-size: %1pt; %2"_s.arg(pointSize).arg(bold ? u"font-weight: bold;"_s : QString()));
    return l;
}

} // namespace tavola::ui
