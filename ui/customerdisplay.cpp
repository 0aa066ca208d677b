#include "customerdisplay.h"

#include "appcontext.h"
#include "domain/clock.h"
#include "theme.h"

#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

CustomerDisplay::CustomerDisplay(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"customer-display"_s);
    setWindowTitle(tr("Tavola — customer display"));
    setStyleSheet(u"QWidget#customer-display { background: #fffdf7; }"_s);
    auto *v = new QVBoxLayout(this);
    m_pages = new QStackedWidget;
    v->addWidget(m_pages);

    auto *idle = new QWidget;
    auto *iv = new QVBoxLayout(idle);
    iv->addStretch();
    m_logo = new QLabel;
    m_logo->setObjectName(u"customer-display-logo"_s);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->hide();
    iv->addWidget(m_logo);
    m_idleName = guestLabel(u"customer-display-shop"_s, 40, true);
    iv->addWidget(m_idleName);
    m_idleWelcome = guestLabel(u"customer-display-welcome"_s, 28);
    iv->addWidget(m_idleWelcome);
    m_image = new QLabel;
    m_image->setObjectName(u"customer-display-image"_s);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->hide();
    m_image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // takes the room left, never pushes the window
    m_image->setMinimumHeight(120);
    iv->addWidget(m_image, 1);
    iv->addStretch();
    m_pages->addWidget(idle);

    auto *order = new QWidget;
    auto *ov = new QVBoxLayout(order);
    m_orderHeader = guestLabel(u"customer-display-header"_s, 20, true);
    ov->addWidget(m_orderHeader);
    m_orderLines = guestLabel(u"customer-display-lines"_s, 20);
    m_orderLines->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    ov->addWidget(m_orderLines, 1);
    m_orderTotal = guestLabel(u"customer-display-total"_s, 36, true);
    ov->addWidget(m_orderTotal);
    m_pages->addWidget(order);

    auto *pay = new QWidget;
    auto *pv = new QVBoxLayout(pay);
    m_qrAmount = guestLabel(u"customer-display-qr-amount"_s, 32, true);
    pv->addWidget(m_qrAmount);
    m_qr = new QLabel;
    m_qr->setObjectName(u"customer-display-qr"_s);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // as large as the page allows, never larger
    m_qr->setMinimumSize(200, 200);
    pv->addWidget(m_qr, 1);
    m_qrHelp = guestLabel(u"customer-display-qr-help"_s, 18);
    pv->addWidget(m_qrHelp);
    m_qrCountdown = guestLabel(u"customer-display-countdown"_s, 20);
    pv->addWidget(m_qrCountdown);
    m_pages->addWidget(pay);

    auto *paid = new QWidget;
    auto *dv = new QVBoxLayout(paid);
    dv->addStretch();
    m_paidTitle = guestLabel(u"customer-display-paid"_s, 44, true);
    m_paidTitle->setStyleSheet(m_paidTitle->styleSheet() + u"color: #1f7a4d;"_s);
    dv->addWidget(m_paidTitle);
    m_paidChange = guestLabel(u"customer-display-change"_s, 36, true);
    dv->addWidget(m_paidChange);
    dv->addStretch();
    m_pages->addWidget(paid);

    theme::sizeToCurrentPage(m_pages); // the window's minimum follows the page on show
    for (QLabel *l : findChildren<QLabel *>())
        l->setWordWrap(true); // long dish names and sentences wrap on a small display
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &CustomerDisplay::tick);
    m_slideshow.setInterval(8000);
    connect(&m_slideshow, &QTimer::timeout, this, &CustomerDisplay::nextImage);
    connect(&m_ctx->store, &client::ClientStore::loaded, this, &CustomerDisplay::render); // the shop's name
    render();
}

bool CustomerDisplay::loadSecondLanguage(const QString &qmFile)
{
    const bool loaded = m_words.load(qmFile);
    render();
    return loaded;
}

QString CustomerDisplay::both(const char *source) const
{
    return m_words.both("tavola::ui::CustomerDisplay", source);
}

QString CustomerDisplay::dishName(const CustomerView::Line &line) const
{
    const QString th = line.nameTh.isEmpty() ? line.name : line.nameTh;
    const bool thai = Bilingual::thaiUi();
    const QString first = thai ? th : line.name;
    const QString second = thai ? line.name : th;
    return first.toHtmlEscaped() + (second == first ? QString() : u" <span style='color: #555;'>%1</span>"_s.arg(second.toHtmlEscaped()));
}

void CustomerDisplay::showView(const CustomerView &view)
{
    if (view == m_view)
        return;
    m_view = view;
    render();
}

void CustomerDisplay::render()
{
    using Stage = CustomerView::Stage;
    setProperty("stage", enumName(m_view.stage));
    const ShopSettings &shop = m_ctx->shop();
    const QString th = shop.shopNameTh.isEmpty() ? shop.shopName : shop.shopNameTh;
    const QString shopName = Bilingual::thaiUi() ? th : shop.shopName;
    const QString otherName = Bilingual::thaiUi() ? shop.shopName : th;
    switch (m_view.stage) {
    case Stage::Idle:
        m_idleName->setText(Bilingual::stacked(shopName, otherName));
        m_idleWelcome->setText(both(QT_TR_NOOP("Welcome")));
        m_pages->setCurrentIndex(0);
        break;
    case Stage::Order: {
        m_orderHeader->setText(shopName.toHtmlEscaped()
                               + (m_view.table.isEmpty() ? QString() : u" · "_s + tr("Table %1").arg(m_view.table).toHtmlEscaped()));
        // The newest lines: the ones being rung up now.
        constexpr int kShown = 10;
        QString rows;
        const qsizetype from = std::max<qsizetype>(0, m_view.lines.size() - kShown);
        if (from > 0)
            rows += u"<tr><td colspan=3 style='color:#555'>%1</td></tr>"_s.arg(tr("… %n more above", nullptr, int(from)).toHtmlEscaped());
        for (qsizetype i = from; i < m_view.lines.size(); ++i) {
            const CustomerView::Line &l = m_view.lines[i];
            rows +=
                u"<tr><td align=right style='padding-right:16px'>%1 ×</td><td>%2</td><td align=right style='padding-left:24px'>%3</td></tr>"_s
                    .arg(l.qty)
                    .arg(dishName(l), theme::baht(l.amount.satang()));
        }
        m_orderLines->setText(u"<table width='100%'>"_s + rows + u"</table>"_s);
        QString total = both(QT_TR_NOOP("Total")) + u"<br>"_s + theme::baht(m_view.total.satang());
        if (m_view.serviceCharge.satang() > 0)
            total += u"<br><small>%1</small>"_s.arg(
                tr("incl. service charge %1").arg(theme::baht(m_view.serviceCharge.satang())).toHtmlEscaped());
        m_orderTotal->setText(total);
        m_pages->setCurrentIndex(1);
        break;
    }
    case Stage::PromptPay: {
        m_qrAmount->setText(u"PromptPay "_s + theme::baht(m_view.qrAmount.satang()));
        (void)theme::showQr(m_qr, m_view.qrPayload, std::max(200, std::min(m_qr->width(), m_qr->height()))); // the room the page leaves it
        m_qrHelp->setText(both(QT_TR_NOOP("Scan to pay with any Thai banking app")));
        m_pages->setCurrentIndex(2);
        tick();
        break;
    }
    case Stage::Paid:
        m_paidTitle->setText(both(QT_TR_NOOP("Paid — thank you")));
        m_paidChange->setText(m_view.method == u"cash"_s && m_view.change.satang() > 0
                                  ? both(QT_TR_NOOP("Change")) + u"<br>"_s + theme::baht(m_view.change.satang())
                                  : QString());
        m_pages->setCurrentIndex(3);
        break;
    }
    const bool counting = m_view.stage == Stage::PromptPay && m_view.qrExpiresAt.isValid();
    if (counting && !m_clock.isActive())
        m_clock.start();
    else if (!counting)
        m_clock.stop();
    if (m_view.stage == Stage::Idle && m_images.size() > 1 && !m_slideshow.isActive())
        m_slideshow.start();
    else if (m_view.stage != Stage::Idle)
        m_slideshow.stop();
}

void CustomerDisplay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render(); // the QR and the pictures take the room there is
    showPicture();
}

void CustomerDisplay::tick()
{
    if (m_view.stage != CustomerView::Stage::PromptPay || !m_view.qrExpiresAt.isValid()) {
        m_qrCountdown->clear();
        return;
    }
    const qint64 left = std::max<qint64>(0, clock::nowUtc().secsTo(m_view.qrExpiresAt));
    m_qrCountdown->setText(tr("%1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QChar(u'0')));
}

void CustomerDisplay::setImageFolder(const QString &dir)
{
    m_images.clear();
    const QDir folder(dir);
    for (const QString &f : folder.entryList({u"*.png"_s, u"*.jpg"_s, u"*.jpeg"_s}, QDir::Files, QDir::Name))
        m_images.append(folder.absoluteFilePath(f));
    m_imageIndex = 0;
    nextImage();
    render();
}

void CustomerDisplay::setLogo(const QString &file)
{
    const QPixmap logo(file);
    m_logo->setVisible(!logo.isNull());
    m_logo->setPixmap(logo.isNull() ? QPixmap() : logo.scaled(QSize(480, 160), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void CustomerDisplay::nextImage()
{
    m_image->setVisible(!m_images.isEmpty()); // no pictures: the shop's name sits in the middle
    if (m_images.isEmpty()) {
        m_image->clear();
        return;
    }
    m_picture = QPixmap(m_images[m_imageIndex++ % m_images.size()]);
    showPicture();
}

void CustomerDisplay::showPicture()
{
    if (!m_picture.isNull())
        m_image->setPixmap(m_picture.scaled(m_image->size().expandedTo(QSize(160, 120)), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void CustomerDisplay::follow(const QString &till)
{
    m_till = till;
    m_ctx->realtime.setTopics({u"display"_s});
    connect(&m_ctx->store, &client::ClientStore::customerViewChanged, this, [this](const QString &fromTill, const CustomerView &view) {
        if (fromTill == m_till)
            showView(view);
    });
    // Anything missed while the connection was down: the till's last view.
    connect(&m_ctx->realtime, &client::RealtimeClient::stateChanged, this, [this] {
        if (m_ctx->realtime.state() == client::RealtimeClient::State::Online)
            reload();
    });
    reload();
}

void CustomerDisplay::reload()
{
    if (m_till.isEmpty())
        return;
    m_ctx->api.customerDisplay(m_till, this, [this](Result<CustomerView> v) {
        if (v)
            showView(*v);
    });
}

} // namespace tavola::ui
