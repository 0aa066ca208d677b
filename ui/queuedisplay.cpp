#include "queuedisplay.h"

#include "appcontext.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

constexpr auto kNowStyle = "font-size: %1px; font-weight: bold; color: #1f7a4d; border-radius: 24px;";
constexpr auto kFlashStyle = "font-size: %1px; font-weight: bold; color: white; background: #1f7a4d; border-radius: 24px;";

/// A two-note chime (E6 then C6, 0.7 s) as a 16-bit mono WAV.
QByteArray chimeWav()
{
    constexpr int rate = 22050;
    QByteArray pcm;
    const auto note = [&](double hz, double seconds) {
        const int n = int(rate * seconds);
        for (int i = 0; i < n; ++i) {
            const double t = double(i) / rate;
            const double envelope = std::exp(-3.0 * t) * std::min(1.0, i / 200.0);
            const auto sample = qint16(9000 * envelope * std::sin(2 * std::numbers::pi * hz * t));
            pcm.append(char(sample & 0xff)).append(char((sample >> 8) & 0xff));
        }
    };
    note(1318.5, 0.35);
    note(1046.5, 0.45);
    QByteArray wav;
    const auto u32 = [&](quint32 v) {
        for (int i = 0; i < 4; ++i)
            wav.append(char((v >> (8 * i)) & 0xff));
    };
    const auto u16 = [&](quint16 v) { wav.append(char(v & 0xff)).append(char(v >> 8)); };
    wav.append("RIFF");
    u32(quint32(36 + pcm.size()));
    wav.append("WAVEfmt ");
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    wav.append("data");
    u32(quint32(pcm.size()));
    return wav + pcm;
}

/// Plays the chime through the desktop's sound server where there is one (PulseAudio/PipeWire,
/// else ALSA), else the system's alert sound.
void playChime()
{
    static const QString file = [] {
        const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(u"tavola-chime.wav"_s);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(chimeWav());
        return path;
    }();
    for (const QString &player : {u"paplay"_s, u"aplay"_s}) {
        if (!QStandardPaths::findExecutable(player).isEmpty() && QProcess::startDetached(player, {file}))
            return;
    }
    QApplication::beep();
}

} // namespace

QueueDisplay::QueueDisplay(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"queue-display"_s);
    auto *v = new QVBoxLayout(this);
    m_title = guestLabel(u"queue-display-title"_s, 28, true);
    v->addWidget(m_title);
    m_now = guestLabel(u"queue-display-now"_s, 120, true);
    m_now->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored); // takes the room left, never pushes the window
    m_now->installEventFilter(this); // its type follows its height
    v->addWidget(m_now, 2);
    m_before = guestLabel(u"queue-display-before"_s, 36);
    v->addWidget(m_before);
    v->addSpacing(24);
    m_waitingTitle = guestLabel(u"queue-display-waiting-title"_s, 22, true);
    v->addWidget(m_waitingTitle);
    auto *row = new QHBoxLayout;
    for (const QChar prefix : {u'A', u'B', u'C'}) {
        QLabel *l = guestLabel(u"queue-display-waiting-"_s + prefix, 22);
        l->setStyleSheet(l->styleSheet() + u"background: white; border-radius: 16px; padding: 16px;"_s);
        row->addWidget(l);
        m_waiting.append(l);
    }
    v->addLayout(row, 1);

    m_flash.setInterval(400);
    connect(&m_flash, &QTimer::timeout, this, &QueueDisplay::flash);
    QAbstractItemModel *m = m_ctx->store.queue();
    connect(m, &QAbstractItemModel::modelReset, this, &QueueDisplay::rebuild);
    connect(m, &QAbstractItemModel::dataChanged, this, &QueueDisplay::rebuild);
    connect(m, &QAbstractItemModel::rowsInserted, this, &QueueDisplay::rebuild);
    connect(m, &QAbstractItemModel::rowsRemoved, this, &QueueDisplay::rebuild);
    connect(&m_ctx->store, &client::ClientStore::loaded, this, &QueueDisplay::rebuild);
    rebuild();
}

bool QueueDisplay::loadSecondLanguage(const QString &qmFile)
{
    const bool loaded = m_words.load(qmFile);
    rebuild();
    return loaded;
}

void QueueDisplay::rebuild()
{
    static constexpr const char *kContext = "tavola::ui::QueueDisplay";
    m_title->setText(m_words.both(kContext, QT_TR_NOOP("Now calling")));
    // Called numbers, the latest first.
    QList<QueueTicket> called;
    int waiting[3] = {0, 0, 0};
    for (const QueueTicket &t : m_ctx->store.queue()->items()) {
        if (t.status == QueueStatus::Called)
            called.append(t);
        else if (t.status == QueueStatus::Waiting)
            ++waiting[std::clamp(queuePrefixFor(t.partySize).unicode() - u'A', 0, 2)];
    }
    std::sort(called.begin(), called.end(), [](const QueueTicket &a, const QueueTicket &b) { return a.calledAt > b.calledAt; });
    m_now->setText(called.isEmpty() ? u"—"_s : called.first().id);
    QStringList before;
    for (qsizetype i = 1; i < std::min<qsizetype>(called.size(), 6); ++i)
        before.append(called[i].id);
    m_before->setText(before.isEmpty() ? QString() : before.join(u"   "_s));
    m_waitingTitle->setText(m_words.both(kContext, QT_TR_NOOP("Waiting")));
    const char *sizes[] = {QT_TR_NOOP("1–2 people"), QT_TR_NOOP("3–4 people"), QT_TR_NOOP("5 or more")};
    for (int i = 0; i < 3; ++i) {
        m_waiting[i]->setText(m_words.both(kContext, sizes[i]) + u"<br><b style='font-size: 40pt'>%1</b>"_s.arg(waiting[i]));
    }
    // A number called since the last look chimes and flashes; the list at start-up does not.
    // (Only the numbers called now are remembered: tomorrow's A001 chimes again.)
    QSet<QString> now;
    for (const QueueTicket &t : std::as_const(called))
        now.insert(t.id);
    const bool fresh = !QSet<QString>(now).subtract(m_called).isEmpty();
    m_called = std::move(now);
    if (fresh && m_primed && !called.isEmpty()) {
        ++m_chimes;
        if (m_sound)
            playChime();
        m_flashes = 6;
        m_flash.start();
        emit chimed(called.first().id);
    }
    if (m_ctx->store.isLoaded())
        m_primed = true;
}

bool QueueDisplay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_now && event->type() == QEvent::Resize)
        styleNow(m_flashes > 0 && m_flashes % 2 == 1);
    return QWidget::eventFilter(watched, event);
}

void QueueDisplay::styleNow(bool lit)
{
    // As large as the room allows: four characters across, most of the height.
    const int px = std::max(48, std::min(m_now->height() * 3 / 4, m_now->width() / 4));
    m_now->setStyleSheet(QString::fromLatin1(lit ? kFlashStyle : kNowStyle).arg(px));
}

void QueueDisplay::flash()
{
    styleNow(m_flashes % 2 == 0);
    if (--m_flashes <= 0) {
        m_flash.stop();
        styleNow(false);
    }
}

} // namespace tavola::ui
