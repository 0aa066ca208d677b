#pragma once

#include "domain/settings.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QImage;
class QTableWidget;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;

namespace tavola::ui {

class AppContext;

/// Settings: the shop's receipt data and PromptPay target (on the server; managers change them),
/// and this till's receipt printer, server address and language (kept on the till).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(AppContext *ctx, QWidget *parent = nullptr);
    /// Loads the shop settings from the server.
    void load();
    void saveShop();
    /// The kitchen stations and the printer of each (shop settings).
    void saveStations();
    /// A new receipt logo (saved with the shop settings): made small and grey, and shown as the
    /// printer will print it, in black and white.
    void setLogo(const QImage &image);
    /// "Back up now" (an administrator's): a copy of the shop's database, then the list again.
    void backUpNow();
    void savePrinter();
    void saveTill();

signals:
    /// "Staff…": the staff screen.
    void staffRequested();
    /// "Audit log…": who did what and when.
    void auditRequested();
    /// "Menu…": the menu editor.
    void menuRequested();

private:
    void checkPromptPayId();
    /// Saving the shop's settings needs a manager and the server.
    void updateSaveShop();
    void fillFromShop(const ShopSettings &shop);
    void addStationRow(const KitchenStation &station, const QString &printer);
    void showSaveError(const Error &error);
    void showLogo();
    void loadBackups();

    AppContext *m_ctx;
    QHash<QString, QLineEdit *> m_shop;
    QLabel *m_promptPayHint;
    QPushButton *m_saveShop;
    QPushButton *m_staff;
    QPushButton *m_audit;
    QPushButton *m_menu;
    QCheckBox *m_pricesIncludeVat;
    QDoubleSpinBox *m_vat;
    QDoubleSpinBox *m_service;
    QComboBox *m_rounding;
    QCheckBox *m_cleaning;
    QComboBox *m_promptpayConfirm;
    QTableWidget *m_stations;
    QString m_logo; // base64 PNG, as the settings keep it
    QLabel *m_logoPreview;
    QWidget *m_backupBox;
    QLabel *m_backups;
    QPushButton *m_saveStations;
    QComboBox *m_profile;
    QLineEdit *m_printer;
    QCheckBox *m_drawer;
    QCheckBox *m_kitchenTickets;
    QLineEdit *m_server;
    QComboBox *m_language;
    QComboBox *m_customerScreen;
    QLineEdit *m_tillName;
    QSpinBox *m_idleLock;
    QLabel *m_message;
};

} // namespace tavola::ui
