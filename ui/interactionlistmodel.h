#pragma once

#include "interactionquery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace servqa {

class Database;

// The Interactions list: a thin adapter over InteractionQuery. Rows arrive in pages as the
// view scrolls (canFetchMore/fetchMore), so a million interactions cost one page to show.
// Sorting and filtering happen in SQL.
class InteractionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    enum Roles { InteractionIdRole = Qt::UserRole + 1 };

    explicit InteractionListModel(QObject *parent = nullptr);

    // nullptr empties the list (no workspace open).
    void setDatabase(Database *db);
    void setFilter(const InteractionFilter &filter);
    const InteractionFilter &filter() const { return m_filter; }
    // Re-reads from the first page (after an import).
    void reload();

    qint64 totalCount() const { return m_total; }
    const InteractionRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // Header texts are translated when asked for; call after a language switch.
    void retranslate();

signals:
    void totalCountChanged(qint64 total);
    void errorOccurred(const QString &message);

private:
    Database *m_db = nullptr;
    InteractionFilter m_filter;
    InteractionColumn m_sortColumn = InteractionColumn::StartedAt;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QVector<InteractionRow> m_rows;
    qint64 m_total = 0;
    bool m_notifying = false;
};

} // namespace servqa
