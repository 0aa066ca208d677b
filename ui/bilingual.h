#pragma once

#include <QString>
#include <QTranslator>

class QLabel;

namespace tavola::ui {

/// Screens for guests (the customer display, the waiting-area display) say everything in the
/// app's language with the other one beneath: Thai and English. The second language comes from
/// the app's own translations.
class Bilingual
{
public:
    Bilingual();
    /// The second language's translations (the app embeds them; tests load the built file).
    bool load(const QString &qmFile);
    /// `source` translated in `context` (the app's language), with the other language beneath,
    /// smaller, as rich text.
    QString both(const char *context, const char *source) const;
    /// `first` with `second` beneath it, smaller (nothing beneath when they are the same).
    static QString stacked(const QString &first, const QString &second);
    /// The app speaks Thai (the second language is then English).
    static bool thaiUi();

private:
    QTranslator m_second;
    bool m_loaded = false;
};

/// A centred rich-text label in large type for a guest's screen.
QLabel *guestLabel(const QString &objectName, int pointSize, bool bold = false);

} // namespace tavola::ui
