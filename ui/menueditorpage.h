#pragma once

#include "domain/menu.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tavola::ui {

class AppContext;

/// The menu editor (managers): categories in the order the tills show them (drag to sort), the
/// dishes of the one selected with their Thai and English names, price, station, options and
/// availability; a spreadsheet out and in, with a preview of what an import would change.
class MenuEditorPage : public QWidget
{
    Q_OBJECT

public:
    explicit MenuEditorPage(AppContext *ctx, QWidget *parent = nullptr);
    /// Fetches the menu (every dish, sold out or not) and shows it.
    void load();
    /// Shows what the spreadsheet would change (a dry run on the server); "Apply" applies it.
    void previewImport(const QByteArray &csv);
    void applyImport();
    /// The menu as a spreadsheet at `path`.
    Result<QString> exportCsv(const QString &path);
    /// Selects the dish (its category first); false when there is no such dish.
    bool selectItem(const QString &id);
    /// Puts the categories in this order (as a drag would) and saves their order.
    void moveCategory(int from, int to);
    /// Moves the selected category's dish at row `from` to row `to` (as a drag would) and saves
    /// the dishes' order.
    void moveItem(int from, int to);

signals:
    void back();

private:
    void showMenu();
    void showItems();
    void showItem();
    void newItem();
    void saveItem();
    void removeItem();
    void addCategory();
    void saveCategory();
    void saveCategoryOrder();
    void fillStations();
    QString currentCategoryId() const;
    void say(const QString &text, bool problem = false);

    AppContext *m_ctx;
    Menu m_menu;
    QString m_itemId; // the dish in the form ("" = a new one)
    bool m_edited = false; // the form holds changes not saved yet: a reload leaves it alone
    QByteArray m_pendingCsv;
    QListWidget *m_categories;
    QLineEdit *m_categoryName;
    QLineEdit *m_categoryNameTh;
    QTableWidget *m_items;
    QLineEdit *m_name;
    QLineEdit *m_nameTh;
    QLineEdit *m_price;
    QComboBox *m_category;
    QComboBox *m_station;
    QLineEdit *m_options;
    QLineEdit *m_groups;
    QCheckBox *m_available;
    QPushButton *m_save;
    QPushButton *m_remove;
    QWidget *m_editor; // categories, dishes and the form
    QFrame *m_preview;
    QLabel *m_previewSummary;
    QListWidget *m_previewList;
    QPushButton *m_apply;
    QLabel *m_message;
};

} // namespace tavola::ui
