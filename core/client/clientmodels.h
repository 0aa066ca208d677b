#pragma once

#include <QAbstractListModel>

#include <functional>

namespace tavola::client {

/// A list of domain values (tables, orders, tickets…) as a QAbstractListModel: one role per
/// field, Qt::DisplayRole is the first. Rows are kept in insertion order and found by key; an
/// upsert of an existing key changes that row in place (dataChanged), a new key appends a row.
template<typename T>
class EntityListModel : public QAbstractListModel
{
public:
    struct Field
    {
        QByteArray name;
        std::function<QVariant(const T &)> value;
    };

    EntityListModel(QList<Field> fields, std::function<QString(const T &)> key, QObject *parent = nullptr)
        : QAbstractListModel(parent),
          m_fields(std::move(fields)),
          m_key(std::move(key))
    {
    }

    static constexpr int FirstRole = Qt::UserRole + 1;
    int roleFor(const QByteArray &name) const
    {
        for (qsizetype i = 0; i < m_fields.size(); ++i)
            if (m_fields[i].name == name)
                return FirstRole + int(i);
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &item = m_items.at(index.row());
        if (role == Qt::DisplayRole && !m_fields.isEmpty())
            return m_fields.first().value(item);
        const int field = role - FirstRole;
        if (field < 0 || field >= m_fields.size())
            return {};
        return m_fields.at(field).value(item);
    }
    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names{{Qt::DisplayRole, "display"}};
        for (qsizetype i = 0; i < m_fields.size(); ++i)
            names.insert(FirstRole + int(i), m_fields[i].name);
        return names;
    }

    const QList<T> &items() const { return m_items; }
    int indexOf(const QString &key) const
    {
        for (qsizetype i = 0; i < m_items.size(); ++i)
            if (m_key(m_items[i]) == key)
                return int(i);
        return -1;
    }
    const T *find(const QString &key) const
    {
        const int i = indexOf(key);
        return i < 0 ? nullptr : &m_items[i];
    }
    void reset(QList<T> items)
    {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }
    void upsert(const T &item)
    {
        const int i = indexOf(m_key(item));
        if (i >= 0) {
            m_items[i] = item;
            emit dataChanged(index(i), index(i));
            return;
        }
        beginInsertRows({}, int(m_items.size()), int(m_items.size()));
        m_items.append(item);
        endInsertRows();
    }
    void remove(const QString &key)
    {
        const int i = indexOf(key);
        if (i < 0)
            return;
        beginRemoveRows({}, i, i);
        m_items.removeAt(i);
        endRemoveRows();
    }
    /// Re-announces every row (e.g. a derived field such as "pending" changed).
    void refreshAll()
    {
        if (!m_items.isEmpty())
            emit dataChanged(index(0), index(int(m_items.size()) - 1));
    }

private:
    QList<Field> m_fields;
    std::function<QString(const T &)> m_key;
    QList<T> m_items;
};

} // namespace tavola::client
