#pragma once

#include "bilingual.h"
#include "domain/customerview.h"

#include <QPixmap>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace tavola::ui {

class AppContext;

/// The guest's screen: the shop's name while idle (and pictures from a folder, if set), the order
/// as it is rung up, the PromptPay QR large with its amount (and countdown) at checkout, then
/// "Paid — thank you" with the change. Every sentence in the till's language and the other one
/// (Thai and English), since the guest may read either.
///
/// It draws a CustomerView: handed over by the till it sits beside (a second screen), or read
/// from the server for a till on another machine (follow()).
class CustomerDisplay : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDisplay(AppContext *ctx, QWidget *parent = nullptr);

    void showView(const CustomerView &view);
    const CustomerView &view() const { return m_view; }
    /// Follows a till through the server: its last view at once, then every `display.updated`
    /// of that till (also after a reconnection). The context must be signed in.
    void follow(const QString &till);
    QString followedTill() const { return m_till; }
    /// Pictures (PNG/JPEG) shown in turn while idle.
    void setImageFolder(const QString &dir);
    /// The shop's logo above its name (a PNG/JPEG/SVG file; empty: none).
    void setLogo(const QString &file);
    /// The second language's translations (the app embeds them; tests load the built file).
    bool loadSecondLanguage(const QString &qmFile);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// A sentence in the till's language with the other language beneath, smaller.
    QString both(const char *source) const;
    QString dishName(const CustomerView::Line &line) const;
    void render();
    void tick();
    void nextImage();
    void showPicture();
    void reload();

    AppContext *m_ctx;
    CustomerView m_view;
    QString m_till;
    Bilingual m_words;
    QStackedWidget *m_pages;
    QLabel *m_logo;
    QLabel *m_idleName;
    QLabel *m_idleWelcome;
    QLabel *m_image;
    QLabel *m_orderHeader;
    QLabel *m_orderLines;
    QLabel *m_orderTotal;
    QLabel *m_qr;
    QLabel *m_qrAmount;
    QLabel *m_qrHelp;
    QLabel *m_qrCountdown;
    QLabel *m_paidTitle;
    QLabel *m_paidChange;
    QTimer m_clock;
    QTimer m_slideshow;
    QStringList m_images;
    int m_imageIndex = 0;
    QPixmap m_picture;
};

} // namespace tavola::ui
