#pragma once

#include "interactionquery.h"

#include <QAbstractTableModel>
#include <QVector>

#include <atomic>

class QThread;

namespace servqa {

class InteractionLoader;

// The Interactions list: a thin adapter over InteractionQuery. Queries run on a loader
// thread with its own connection, so the window never waits for the database: the first
// page appears as soon as it is read, the total follows, and a newer filter or sort
// supersedes requests still queued. Further pages arrive as the view scrolls
// (canFetchMore/fetchMore).
class InteractionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    enum Roles { InteractionIdRole = Qt::UserRole + 1 };

    explicit InteractionListModel(QObject *parent = nullptr);
    ~InteractionListModel() override;

    // Opens the workspace file on the loader thread; an empty path empties the list.
    void setWorkspace(const QString &path);
    void setFilter(const InteractionFilter &filter);
    const InteractionFilter &filter() const { return m_filter; }
    // Re-reads from the first page (after an import).
    void reload();

    bool isLoading() const { return m_pagePending || m_total < 0; }
    // Rows matching the filter; -1 while they are being counted.
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
    void totalCountChanged(qint64 total); // -1: counting
    // A request has been answered and nothing is pending: the rows shown are complete.
    void loaded();
    void errorOccurred(const QString &message);

private:
    void request(int offset, bool withCount);
    void applyPage(quint64 generation, int offset, const QVector<InteractionRow> &rows);
    void applyCount(quint64 generation, qint64 total);
    void applyError(quint64 generation, const QString &message);

    QThread *m_thread;
    InteractionLoader *m_loader;
    bool m_open = false;
    InteractionFilter m_filter;
    InteractionColumn m_sortColumn = InteractionColumn::StartedAt;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QVector<InteractionRow> m_rows;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    std::atomic<quint64> m_latest{0}; // read by the loader to skip superseded requests
    bool m_pagePending = false;
    bool m_exhausted = true;
    bool m_notifying = false;
};

} // namespace servqa
