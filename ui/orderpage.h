#pragma once

#include "domain/customerview.h"
#include "domain/order.h"
#include "domain/requests.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QScrollArea;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabBar;

namespace tavola::ui {

class AppContext;

/// Order entry for one table: category tabs and big item buttons on the left, the bill on the
/// right. Tapped items collect as "new" lines (kept as a draft, so a restart offers them back)
/// until "Send to kitchen"; every action goes through the outbox, so it works offline.
class OrderPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrderPage(AppContext *ctx, QWidget *parent = nullptr);
    /// Shows the table's order (or an empty one to open).
    void showTable(const QString &tableId);
    /// A new takeaway or delivery order (no table): opened when its first lines are sent; a
    /// delivery asks for its channel and the platform's order code first.
    void startCounterOrder(tavola::OrderType type);
    /// An open takeaway or delivery order (its id or local reference).
    void showCounterOrder(const QString &orderRef);
    QString tableId() const { return m_tableId; }
    /// The till's own storage refused the last write (until one succeeds).
    bool hasWriteError() const { return !m_writeError.isEmpty(); }
    QString orderRef() const { return m_orderRef; }
    /// Adds one of an item to the new lines (what a tap does).
    void addItem(const QString &menuId);
    void sendToKitchen();
    void requestBill();
    /// Marks a dish sold out on every till, or puts it back (what holding its button does).
    void toggleSoldOut(const QString &menuId);
    /// Selects a row of the bill: "new:<index>" for a line not sent yet, "sent:<line id>".
    void selectLine(const QString &key);
    /// The order as the guest sees it on the customer display: what is ordered, new lines too.
    CustomerView guestView() const;

signals:
    void back();
    /// The lines or totals changed (the customer display follows).
    void guestViewChanged();
    void checkoutRequested(const QString &orderRef);
    /// "Split…": the bill's lines into several checks (the split screen).
    void splitRequested(const QString &orderId);
    /// hasWriteError() changed.
    void writeStateChanged();

private:
    void rebuildMenu();
    /// The grid's columns follow the width it has (3 on a 1024-pixel till, more on a wide one).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void refresh();
    void saveDraft();
    /// Shows that a write to this till's outbox failed (the status line keeps it until it works).
    void showWriteError(const Error &error);
    void clearWriteError();
    void showLineTools();
    void changeQty(int delta);
    void toggleModifier(const QString &modifierId);
    void voidSelected();
    void applyDiscount();
    /// The whole bill to the table chosen: a vacant one takes it, an occupied one's bill takes
    /// its lines (a merge).
    void moveOrder();
    /// The selected sent line (all of it) to the table chosen: onto its bill, or opening one.
    void moveSelectedLine();
    /// The selected sent line (one of it) leaves for a new check on the same table.
    void splitSelected();
    /// One button per open check of the table, when it has several.
    void refreshChecks();
    QString managerPin() const;
    /// A change only the server makes; `follow`: the page shows the order it answers with.
    void serverAction(const std::function<void(std::function<void(Result<Order>)>)> &call, const QString &done, bool follow = true);

    AppContext *m_ctx;
    QString m_tableId;
    QString m_orderRef;
    QList<AddItemRequest> m_cart;
    std::optional<CreateOrderRequest> m_counterOrder; // a takeaway or delivery not opened yet
    QWidget *m_deliveryRow;
    QWidget *m_checks;
    QHBoxLayout *m_checksLayout;
    QComboBox *m_channel;
    QLineEdit *m_channelRef;
    QLineEdit *m_customer;
    QTabBar *m_tabs;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QScrollArea *m_menuScroll;
    int m_columns = 3; // the menu grid's columns: as many dishes as the width takes
    QLabel *m_title;
    QLabel *m_state;
    QString m_notice; // what the server just did for the cashier ("Item voided."), until the next action
    QString m_writeError; // the last failed write to this till's outbox, until one succeeds
    QListWidget *m_lines;
    QLabel *m_totals;
    QPushButton *m_send;
    QPushButton *m_bill;
    QPushButton *m_pay;
    QPushButton *m_splitBill;
    QStringList m_categoryIds;
    QLineEdit *m_search;
    QString m_selected; // "new:<index>" or "sent:<line id>"
    QWidget *m_newTools;
    QWidget *m_modifiers;
    QHBoxLayout *m_modifierLayout;
    QLineEdit *m_note;
    QWidget *m_sentTools;
    QLineEdit *m_reason;
    QLineEdit *m_pin;
    QLineEdit *m_discount;
    QComboBox *m_moveTo;
    QTimer m_hold; // a dish held down: sold out / back on
    QString m_holdItem;
    bool m_held = false; // the hold fired: the release that follows is not a tap
};

} // namespace tavola::ui
