#pragma once

#include <QObject>
#include <QSize>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace tavola::ui {

class AppContext;
class MainWindow;

/// Walks the app through every screen of a service like a manager would — sign in, the floor,
/// an order rung up and sent, the checkout by cash and PromptPay, paid, the kitchen, the queue,
/// the plan editor, settings, printing, the shift, reports, the waiting-area TV — with the
/// customer display beside it, and saves each as `DIR/<screen>.png` at the window size asked.
/// A screen that needs more room than that is reported (`tooSmall()`), since a till has no more.
/// Runs against a server with the demo café (`tavola --tour DIR --size WxH` starts one).
class ScreenTour : public QObject
{
    Q_OBJECT

public:
    ScreenTour(AppContext *ctx, MainWindow *window, QString dir, QSize size, QObject *parent = nullptr);
    void start();
    QStringList saved() const { return m_saved; }
    /// "<screen>: needs WxH" for each screen that did not fit the size asked, and
    /// "<screen>: <widget> outside the window / overlaps <widget> / cut off" for each control of a
    /// screen that a cashier could not see whole or tap (layout check).
    QStringList tooSmall() const { return m_tooSmall; }

signals:
    /// The tour is over: `ok` false when a step did not come about in time (`problem` says which).
    void finished(bool ok, const QString &problem);

private:
    struct Step
    {
        QString name;
        std::function<void()> act;
        std::function<bool()> ready; // polled until true (or the step times out)
    };
    void run(qsizetype index);
    void shoot(QWidget *w, const QString &name);
    void click(const QString &objectName);
    /// Signs out and in again as a demo user with their PIN, as at the PIN pad.
    void signInAs(const QString &user, const QString &pin);
    /// Signed in as `user`, on `screen`, with the store loaded.
    bool signedInOn(const QString &user, int screen) const;
    void checkLayout(QWidget *root, const QString &screen);

    AppContext *m_ctx;
    MainWindow *m_window;
    QString m_dir;
    QSize m_size;
    QList<Step> m_steps;
    QStringList m_saved;
    QStringList m_tooSmall;
    QWidget *m_guest = nullptr;
    std::shared_ptr<std::function<void()>> m_keep; // a sign-in waiting for the sign-out
    QString m_busyTable; // a table left eating, so the floor plans show one
};

} // namespace tavola::ui
