#pragma once

#include "bilingual.h"

#include <QDateTime>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace tavola::ui {

class AppContext;

/// The waiting-area screen (a TV by the door, `--role queue-display --kiosk`): the number being
/// called now, very large, with a chime and a flash when it changes, the numbers called before
/// it, and how many parties wait for each party size. Thai and English together.
class QueueDisplay : public QWidget
{
    Q_OBJECT

public:
    explicit QueueDisplay(AppContext *ctx, QWidget *parent = nullptr);
    /// The second language's translations (the app embeds them; tests load the built file).
    bool loadSecondLanguage(const QString &qmFile);
    /// How many times a newly called number chimed (since the screen started).
    int chimes() const { return m_chimes; }
    /// Sound on (the default) or off (tests).
    void setSound(bool on) { m_sound = on; }

signals:
    void chimed(const QString &ticket);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void flash();
    void styleNow(bool lit);

    AppContext *m_ctx;
    Bilingual m_words;
    QLabel *m_title;
    QLabel *m_now;
    QLabel *m_before;
    QLabel *m_waitingTitle;
    QList<QLabel *> m_waiting; // A (1–2), B (3–4), C (5+)
    QSet<QString> m_called; // numbers already announced
    bool m_primed = false; // the first list after start is not announced
    int m_chimes = 0;
    bool m_sound = true;
    int m_flashes = 0;
    QTimer m_flash;
};

} // namespace tavola::ui
