#include "settingspage.h"

#include "appcontext.h"
#include "errortext.h"
#include "promptpay/promptpay.h"
#include "receipt/renderer.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

/// The shop's text settings on this page, by their API name.
QString ShopSettings::*shopField(const QString &apiName)
{
    static const QHash<QString, QString ShopSettings::*> fields{{u"shop_name"_s, &ShopSettings::shopName},
                                                                {u"shop_name_th"_s, &ShopSettings::shopNameTh},
                                                                {u"tax_id"_s, &ShopSettings::taxId},
                                                                {u"branch"_s, &ShopSettings::branch},
                                                                {u"address"_s, &ShopSettings::address},
                                                                {u"receipt_header"_s, &ShopSettings::receiptHeader},
                                                                {u"receipt_footer"_s, &ShopSettings::receiptFooter},
                                                                {u"promptpay_id"_s, &ShopSettings::promptpayId},
                                                                {u"promptpay_biller_id"_s, &ShopSettings::promptpayBillerId}};
    return fields.value(apiName);
}

} // namespace

SettingsPage::SettingsPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"settings"_s);
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    // The people who sign in (managers): a screen of its own.
    m_staff = new QPushButton(tr("Staff…"));
    m_staff->setObjectName(u"settings-staff"_s);
    m_staff->setToolTip(tr("Who signs in: add a person, a new PIN, a role, switch an account off"));
    connect(m_staff, &QPushButton::clicked, this, &SettingsPage::staffRequested);
    m_audit = new QPushButton(tr("Audit log…"));
    m_audit->setObjectName(u"settings-audit"_s);
    m_audit->setToolTip(tr("Who did what and when: voids, discounts, refunds, sold out, settings"));
    connect(m_audit, &QPushButton::clicked, this, &SettingsPage::auditRequested);
    m_menu = new QPushButton(tr("Menu…"));
    m_menu->setObjectName(u"settings-menu"_s);
    m_menu->setToolTip(tr("Dishes, prices, categories, stations; import and export a spreadsheet"));
    connect(m_menu, &QPushButton::clicked, this, &SettingsPage::menuRequested);
    auto *staffRow = new QHBoxLayout;
    staffRow->addWidget(m_menu);
    staffRow->addWidget(m_staff);
    staffRow->addWidget(m_audit);
    staffRow->addStretch();
    v->addLayout(staffRow);

    auto *shopBox = new QGroupBox(tr("Shop (printed on receipts)"));
    auto *shopForm = new QFormLayout(shopBox);
    const QList<std::pair<QString, QString>> fields{{u"shop_name"_s, tr("Shop name")},
                                                    {u"shop_name_th"_s, tr("Shop name in Thai")},
                                                    {u"tax_id"_s, tr("Tax ID (13 digits)")},
                                                    {u"branch"_s, tr("Branch")},
                                                    {u"address"_s, tr("Address")},
                                                    {u"receipt_header"_s, tr("Receipt header (under the address)")},
                                                    {u"receipt_footer"_s, tr("Receipt footer")},
                                                    {u"promptpay_id"_s, tr("PromptPay ID (mobile, national/tax ID or e-wallet)")},
                                                    {u"promptpay_biller_id"_s, tr("PromptPay biller ID (15 digits, optional)")}};
    for (const auto &[key, label] : fields) {
        auto *edit = new QLineEdit;
        edit->setObjectName(u"settings-"_s + key);
        m_shop.insert(key, edit);
        shopForm->addRow(label, edit);
    }
    m_promptPayHint = new QLabel;
    m_promptPayHint->setObjectName(u"settings-promptpay-hint"_s);
    m_promptPayHint->setWordWrap(true);
    shopForm->addRow(QString(), m_promptPayHint);
    connect(m_shop.value(u"promptpay_id"_s), &QLineEdit::textChanged, this, &SettingsPage::checkPromptPayId);
    // The receipt logo, seen as the thermal printer prints it (black or white, no grey).
    auto *logoRow = new QHBoxLayout;
    m_logoPreview = new QLabel;
    m_logoPreview->setObjectName(u"settings-logo-preview"_s);
    m_logoPreview->setMinimumSize(160, 60);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setStyleSheet(u"background: white; border: 1px solid #d8d2c8;"_s);
    logoRow->addWidget(m_logoPreview, 1);
    auto *chooseLogo = new QPushButton(tr("Choose…"));
    chooseLogo->setObjectName(u"settings-logo-choose"_s);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Receipt logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp)"));
        if (path.isEmpty())
            return;
        const QImage image(path);
        if (image.isNull()) {
            m_message->setText(tr("That file is not an image Tavola can read."));
            return;
        }
        setLogo(image);
    });
    auto *removeLogo = new QPushButton(tr("No logo"));
    removeLogo->setObjectName(u"settings-logo-remove"_s);
    connect(removeLogo, &QPushButton::clicked, this, [this] { setLogo(QImage()); });
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    shopForm->addRow(tr("Receipt logo"), logoRow);

    m_promptpayConfirm = new QComboBox;
    m_promptpayConfirm->setObjectName(u"settings-promptpay-confirm"_s);
    m_promptpayConfirm->addItem(tr("A manager"), u"manager"_s);
    m_promptpayConfirm->addItem(tr("The cashier"), u"cashier"_s);
    shopForm->addRow(tr("Who may confirm a PromptPay payment by eye"), m_promptpayConfirm);

    // What decides every total: VAT, service charge, cash rounding; and the table's last step.
    m_pricesIncludeVat = new QCheckBox(tr("Menu prices include VAT"));
    m_pricesIncludeVat->setObjectName(u"settings-prices-include-vat"_s);
    shopForm->addRow(tr("VAT"), m_pricesIncludeVat);
    auto percentBox = [](const QString &name) {
        auto *box = new QDoubleSpinBox;
        box->setObjectName(name);
        box->setRange(0, 30);
        box->setDecimals(2);
        box->setSuffix(u" %"_s);
        return box;
    };
    m_vat = percentBox(u"settings-vat"_s);
    shopForm->addRow(tr("VAT rate"), m_vat);
    m_service = percentBox(u"settings-service"_s);
    shopForm->addRow(tr("Service charge"), m_service);
    m_rounding = new QComboBox;
    m_rounding->setObjectName(u"settings-cash-rounding"_s);
    m_rounding->addItem(tr("None (to the satang)"), u"none"_s);
    m_rounding->addItem(tr("To 0.25 baht"), u"0.25"_s);
    m_rounding->addItem(tr("To the whole baht"), u"1.00"_s);
    shopForm->addRow(tr("Cash rounding"), m_rounding);
    m_cleaning = new QCheckBox(tr("A paid table needs cleaning before the next guests"));
    m_cleaning->setObjectName(u"settings-cleaning"_s);
    shopForm->addRow(tr("Tables"), m_cleaning);
    auto *saveShopButton = new QPushButton(tr("Save shop settings"));
    saveShopButton->setObjectName(u"settings-save-shop"_s);
    saveShopButton->setProperty("accent", true);
    connect(saveShopButton, &QPushButton::clicked, this, &SettingsPage::saveShop);
    shopForm->addRow(QString(), saveShopButton);
    // The shop's settings live on the server; this till's own (below) work offline too.
    shopForm->insertRow(0, m_ctx->serverOnly(u"settings-needs-server"_s));
    m_saveShop = saveShopButton;
    connect(&m_ctx->realtime, &client::RealtimeClient::stateChanged, this, &SettingsPage::updateSaveShop);
    v->addWidget(shopBox);

    // The kitchen stations (where each dish is cooked) and the printer each one's tickets go to.
    auto *stationBox = new QGroupBox(tr("Kitchen stations and their printers"));
    auto *stationLayout = new QVBoxLayout(stationBox);
    auto *stationHint = new QLabel(tr("The till that sends an order prints each station's ticket on its printer; "
                                      "a station without a printer shows on the kitchen display only."));
    stationHint->setWordWrap(true);
    stationLayout->addWidget(stationHint);
    m_stations = new QTableWidget(0, 4);
    m_stations->setObjectName(u"settings-stations"_s);
    m_stations->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Thai name"), tr("Printer address")});
    m_stations->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_stations->verticalHeader()->hide();
    m_stations->setMinimumHeight(150);
    stationLayout->addWidget(m_stations);
    auto *stationButtons = new QHBoxLayout;
    auto *addStation = new QPushButton(tr("+ Station"));
    addStation->setObjectName(u"settings-station-add"_s);
    connect(addStation, &QPushButton::clicked, this, [this] {
        addStationRow({}, {});
        m_stations->setCurrentCell(m_stations->rowCount() - 1, 0);
        m_stations->editItem(m_stations->item(m_stations->rowCount() - 1, 0));
    });
    auto *removeStation = new QPushButton(tr("Remove station"));
    removeStation->setObjectName(u"settings-station-remove"_s);
    connect(removeStation, &QPushButton::clicked, this, [this] {
        if (m_stations->currentRow() >= 0)
            m_stations->removeRow(m_stations->currentRow());
    });
    m_saveStations = new QPushButton(tr("Save stations"));
    m_saveStations->setObjectName(u"settings-save-stations"_s);
    m_saveStations->setProperty("accent", true);
    connect(m_saveStations, &QPushButton::clicked, this, &SettingsPage::saveStations);
    stationButtons->addWidget(addStation);
    stationButtons->addWidget(removeStation);
    stationButtons->addStretch();
    stationButtons->addWidget(m_saveStations);
    stationLayout->addLayout(stationButtons);
    v->addWidget(stationBox);

    // Backups of the shop's database (an administrator's; the server also takes them by itself).
    auto *backupBox = new QGroupBox(tr("Backups"));
    m_backupBox = backupBox;
    auto *backupLayout = new QVBoxLayout(backupBox);
    m_backups = new QLabel;
    m_backups->setObjectName(u"settings-backups"_s);
    m_backups->setWordWrap(true);
    m_backups->setTextInteractionFlags(Qt::TextSelectableByMouse);
    backupLayout->addWidget(m_backups);
    auto *backupNow = new QPushButton(tr("Back up now"));
    backupNow->setObjectName(u"settings-backup-now"_s);
    connect(backupNow, &QPushButton::clicked, this, &SettingsPage::backUpNow);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(backupNow);
    backupRow->addStretch();
    backupLayout->addLayout(backupRow);
    v->addWidget(backupBox);

    auto *printerBox = new QGroupBox(tr("Receipt printer of this till"));
    auto *printerForm = new QFormLayout(printerBox);
    m_profile = new QComboBox;
    m_profile->setObjectName(u"settings-printer-profile"_s);
    for (const auto &p : receipt::PrinterProfile::builtIn())
        m_profile->addItem(p.name, p.name);
    printerForm->addRow(tr("Profile"), m_profile);
    m_printer = new QLineEdit;
    m_printer->setObjectName(u"settings-printer-uri"_s);
    m_printer->setPlaceholderText(u"tcp://192.168.1.50:9100"_s);
    printerForm->addRow(tr("Address"), m_printer);
    m_drawer = new QCheckBox(tr("A cash drawer is connected to this printer"));
    m_drawer->setObjectName(u"settings-drawer"_s);
    printerForm->addRow(QString(), m_drawer);
    m_kitchenTickets = new QCheckBox(tr("Print every new kitchen ticket here (kitchen displays)"));
    m_kitchenTickets->setObjectName(u"settings-kitchen-tickets"_s);
    printerForm->addRow(QString(), m_kitchenTickets);
    auto *row = new QHBoxLayout;
    auto *savePrinterButton = new QPushButton(tr("Save printer"));
    savePrinterButton->setObjectName(u"settings-save-printer"_s);
    connect(savePrinterButton, &QPushButton::clicked, this, &SettingsPage::savePrinter);
    auto *test = new QPushButton(tr("Print test page"));
    test->setObjectName(u"settings-test-page"_s);
    connect(test, &QPushButton::clicked, this, [this] {
        savePrinter();
        auto job = m_ctx->printTestPage();
        m_message->setText(job ? tr("Test page sent to the print queue.") : job.error().message);
    });
    row->addWidget(savePrinterButton);
    row->addWidget(test);
    printerForm->addRow(QString(), row);
    v->addWidget(printerBox);

    auto *tillBox = new QGroupBox(tr("This till"));
    auto *tillForm = new QFormLayout(tillBox);
    m_server = new QLineEdit;
    m_server->setObjectName(u"settings-server"_s);
    m_server->setPlaceholderText(tr("empty: the server inside this app"));
    tillForm->addRow(tr("Server address"), m_server);
    m_language = new QComboBox;
    m_language->setObjectName(u"settings-language"_s);
    m_language->addItem(u"ไทย"_s, u"th"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    tillForm->addRow(tr("Language"), m_language);
    m_customerScreen = new QComboBox;
    m_customerScreen->setObjectName(u"settings-customer-screen"_s);
    m_customerScreen->addItem(tr("On a second screen, when there is one"), u"auto"_s);
    for (int n = 1; n <= 4; ++n)
        m_customerScreen->addItem(tr("On screen %1").arg(n), QString::number(n));
    m_customerScreen->addItem(tr("Off"), u"off"_s);
    tillForm->addRow(tr("Customer display"), m_customerScreen);
    m_tillName = new QLineEdit;
    m_tillName->setObjectName(u"settings-till-name"_s);
    m_tillName->setPlaceholderText(tr("e.g. front — a customer display on another machine follows this name"));
    m_tillName->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9][A-Za-z0-9_-]{0,39}"_s), m_tillName));
    tillForm->addRow(tr("Till name"), m_tillName);
    m_idleLock = new QSpinBox;
    m_idleLock->setObjectName(u"settings-idle-lock"_s);
    m_idleLock->setRange(0, 120);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("never"));
    tillForm->addRow(tr("Lock when idle for"), m_idleLock);
    auto *saveTillButton = new QPushButton(tr("Save (applies at the next start)"));
    saveTillButton->setObjectName(u"settings-save-till"_s);
    connect(saveTillButton, &QPushButton::clicked, this, &SettingsPage::saveTill);
    tillForm->addRow(QString(), saveTillButton);
    v->addWidget(tillBox);
    v->addStretch();

    m_message = new QLabel;
    m_message->setObjectName(u"settings-message"_s);
    m_message->setWordWrap(true);
    m_message->setProperty("role", u"title"_s);
    outer->addWidget(m_message);
}

void SettingsPage::load()
{
    m_message->clear();
    const bool manager = m_ctx->isManager();
    for (QLineEdit *e : std::as_const(m_shop))
        e->setReadOnly(!manager);
    for (QWidget *w : std::initializer_list<QWidget *>{m_promptpayConfirm, m_pricesIncludeVat, m_vat, m_service, m_rounding, m_cleaning})
        w->setEnabled(manager);
    m_stations->setEditTriggers(manager ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    fillFromShop(m_ctx->shop());
    m_backupBox->setVisible(m_ctx->role() == Role::Admin);
    if (m_ctx->role() == Role::Admin)
        loadBackups();
    updateSaveShop();
    m_printer->setText(m_ctx->printerUri);
    m_drawer->setChecked(m_ctx->cashDrawer);
    m_kitchenTickets->setChecked(m_ctx->printKitchenTickets);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(m_ctx->printerProfile)));
    QSettings till;
    m_server->setText(till.value(u"server/url"_s).toString());
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(till.value(u"ui/language"_s, QLocale().language() == QLocale::Thai ? u"th"_s : u"en"_s))));
    m_customerScreen->setCurrentIndex(std::max(0, m_customerScreen->findData(till.value(u"customer_display/screen"_s, u"auto"_s))));
    m_tillName->setText(till.value(u"till/name"_s).toString());
    m_idleLock->setValue(till.value(u"ui/idle_lock_seconds"_s, 120).toInt() / 60);
    m_ctx->api.settings(this, [this](Result<ShopSettings> r) {
        if (!r) {
            m_message->setText(client::ErrorText::forError(r.error()));
            return;
        }
        m_ctx->store.setSettings(*r);
        fillFromShop(*r);
    });
}

void SettingsPage::loadBackups()
{
    m_ctx->api.backups(this, [this](Result<QList<BackupFile>> r) {
        if (!r) {
            m_backups->setText(client::ErrorText::forError(r.error()) + u"\n"_s + r.error().message);
            return;
        }
        if (r->isEmpty()) {
            m_backups->setText(tr("No backup yet: the server takes one every day by itself, or back up now."));
            return;
        }
        QStringList lines{tr("%n backup(s), newest first:", nullptr, int(r->size()))};
        for (qsizetype i = 0; i < std::min<qsizetype>(r->size(), 5); ++i) {
            const BackupFile &b = r->at(i);
            lines << u"%1 · %2 · %3"_s.arg(QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat),
                                           QLocale().formattedDataSize(b.bytes), QDir::toNativeSeparators(b.file));
        }
        m_backups->setText(lines.join(u'\n'));
    });
}

void SettingsPage::backUpNow()
{
    m_message->setText(tr("Backing up…"));
    m_ctx->api.takeBackup(this, [this](Result<BackupFile> r) {
        if (!r) {
            showSaveError(r.error());
            return;
        }
        m_message->setText(tr("Backed up: %1").arg(QDir::toNativeSeparators(r->file)));
        loadBackups();
    });
}

void SettingsPage::setLogo(const QImage &image)
{
    m_logo.clear();
    if (!image.isNull()) {
        // Small enough for the setting (64 KB) and for 58 mm paper; grey, since the printer has no colour.
        QImage small = image.convertToFormat(QImage::Format_Grayscale8);
        if (small.width() > 384)
            small = small.scaledToWidth(384, Qt::SmoothTransformation);
        if (small.height() > 160)
            small = small.scaledToHeight(160, Qt::SmoothTransformation);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        small.save(&png, "PNG");
        m_logo = QString::fromLatin1(png.data().toBase64());
    }
    showLogo();
    m_message->setText(tr("Save the shop settings to print the new logo."));
}

void SettingsPage::showLogo()
{
    const QImage logo = QImage::fromData(QByteArray::fromBase64(m_logo.toLatin1()), "PNG");
    if (logo.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("no logo"));
        return;
    }
    // What the printer makes of it: every pixel black or white.
    const QImage printed = logo.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    m_logoPreview->setPixmap(QPixmap::fromImage(printed.scaled(m_logoPreview->minimumWidth() * 2, 80, Qt::KeepAspectRatio)));
}

void SettingsPage::fillFromShop(const ShopSettings &shop)
{
    m_logo = shop.receiptLogo;
    showLogo();
    for (auto it = m_shop.constBegin(); it != m_shop.constEnd(); ++it)
        it.value()->setText(shop.*shopField(it.key()));
    m_promptpayConfirm->setCurrentIndex(std::max(0, m_promptpayConfirm->findData(shop.promptpayStaffConfirm)));
    m_pricesIncludeVat->setChecked(shop.tax.pricesIncludeVat);
    m_vat->setValue(shop.tax.vatBasisPoints / 100.0);
    m_service->setValue(shop.tax.serviceChargeBasisPoints / 100.0);
    m_rounding->setCurrentIndex(std::max(0, m_rounding->findData(enumName(shop.tax.cashRounding))));
    m_cleaning->setChecked(shop.cleaningEnabled);
    m_stations->setRowCount(0);
    for (const KitchenStation &s : shop.stations)
        addStationRow(s, shop.stationPrinters.value(s.id));
}

void SettingsPage::addStationRow(const KitchenStation &station, const QString &printer)
{
    const int row = m_stations->rowCount();
    m_stations->insertRow(row);
    const QStringList cells{station.id, station.name, station.nameTh, printer};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        // A station's code is what dishes and tickets name: fixed once saved.
        if (c == 0 && !station.id.isEmpty())
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_stations->setItem(row, c, item);
    }
}

void SettingsPage::showSaveError(const Error &error)
{
    QString text = client::ErrorText::forError(error);
    if (!error.message.isEmpty())
        text += u"\n"_s + error.message;
    m_message->setText(text);
}

void SettingsPage::saveStations()
{
    ShopSettings changed = m_ctx->shop();
    changed.stations.clear();
    changed.stationPrinters.clear();
    for (int row = 0; row < m_stations->rowCount(); ++row) {
        auto cell = [&](int c) { return m_stations->item(row, c) ? m_stations->item(row, c)->text().trimmed() : QString(); };
        const KitchenStation s{cell(0).toLower(), cell(1), cell(2)};
        if (s.id.isEmpty() && s.name.isEmpty())
            continue;
        changed.stations.append(s);
        if (!cell(3).isEmpty())
            changed.stationPrinters.insert(s.id, cell(3));
    }
    m_ctx->api.saveSettings(changed, {u"stations"_s, u"station_printers"_s}, this, [this](Result<ShopSettings> r) {
        if (!r) {
            showSaveError(r.error());
            return;
        }
        m_ctx->store.setSettings(*r);
        fillFromShop(*r);
        m_message->setText(tr("Stations saved: every till prints to them from now on."));
    });
}

void SettingsPage::updateSaveShop()
{
    m_saveShop->setEnabled(m_ctx->isManager() && m_ctx->online()); // a manager's, with the server
    m_saveStations->setEnabled(m_saveShop->isEnabled());
    for (QPushButton *b : {m_menu, m_staff, m_audit}) {
        b->setVisible(m_ctx->isManager());
        b->setEnabled(m_ctx->online());
    }
}

void SettingsPage::checkPromptPayId()
{
    const QString text = m_shop.value(u"promptpay_id"_s)->text().trimmed();
    if (text.isEmpty()) {
        m_promptPayHint->setText(tr("Without a PromptPay ID the bill has no QR."));
        return;
    }
    auto target = promptpay::targetFromInput(text);
    if (!target) {
        m_promptPayHint->setStyleSheet(u"color: #b3382c;"_s);
        m_promptPayHint->setText(
            tr("Not a PromptPay ID: a mobile number (08x-xxx-xxxx), a 13-digit national or tax ID, or a 15-digit e-wallet ID."));
        return;
    }
    if (target->type == promptpay::TargetType::NationalId && !promptpay::isThaiIdChecksumValid(target->target)) {
        m_promptPayHint->setStyleSheet(u"color: #b06b00;"_s);
        m_promptPayHint->setText(tr("Check this number: its last digit does not match a Thai national ID. Payments may not arrive."));
        return;
    }
    m_promptPayHint->setStyleSheet(u"color: #1f7a4d;"_s);
    m_promptPayHint->setText(tr("PromptPay ID looks right."));
}

void SettingsPage::saveShop()
{
    ShopSettings changed = m_ctx->shop();
    for (auto it = m_shop.constBegin(); it != m_shop.constEnd(); ++it)
        changed.*shopField(it.key()) = it.value()->text().trimmed();
    changed.promptpayStaffConfirm = m_promptpayConfirm->currentData().toString();
    changed.tax.pricesIncludeVat = m_pricesIncludeVat->isChecked();
    changed.tax.vatBasisPoints = int(std::lround(m_vat->value() * 100));
    changed.tax.serviceChargeBasisPoints = int(std::lround(m_service->value() * 100));
    changed.tax.cashRounding = enumFromName<CashRounding>(m_rounding->currentData().toString()).value_or(CashRounding::None);
    changed.cleaningEnabled = m_cleaning->isChecked();
    changed.receiptLogo = m_logo;
    QStringList fields = m_shop.keys();
    fields << u"promptpay_staff_confirm"_s << u"prices_include_vat"_s << u"vat_percent"_s << u"service_charge_percent"_s
           << u"cash_rounding"_s << u"cleaning_enabled"_s << u"receipt_logo"_s;
    m_ctx->api.saveSettings(changed, fields, this, [this](Result<ShopSettings> r) {
        if (!r) {
            showSaveError(r.error());
            return;
        }
        m_ctx->store.setSettings(*r);
        fillFromShop(*r);
        m_message->setText(tr("Shop settings saved."));
    });
}

void SettingsPage::savePrinter()
{
    m_ctx->setPrinter(m_printer->text(), m_profile->currentData().toString(), m_drawer->isChecked());
    m_ctx->setPrintKitchenTickets(m_kitchenTickets->isChecked());
    m_message->setText(tr("Printer saved."));
}

void SettingsPage::saveTill()
{
    QSettings till;
    till.setValue(u"server/url"_s, m_server->text().trimmed());
    till.setValue(u"ui/language"_s, m_language->currentData().toString());
    till.setValue(u"customer_display/screen"_s, m_customerScreen->currentData().toString());
    till.setValue(u"till/name"_s, m_tillName->text().trimmed());
    till.setValue(u"ui/idle_lock_seconds"_s, m_idleLock->value() * 60);
    m_message->setText(tr("Saved: the server address, language and customer display apply at the next start."));
}

} // namespace tavola::ui
