#include "interactionlistmodel.h"

#include "formatting.h"
#include "interactionloader.h"

#include <QThread>

#include <limits>

namespace servqa {

InteractionListModel::InteractionListModel(QObject *parent)
    : QAbstractTableModel(parent), m_thread(new QThread(this))
{
    // Answers are posted back to this object; posted calls die with it, so a reply can never
    // reach a deleted model.
    m_loader = new InteractionLoader(
        m_latest,
        [this](quint64 generation, int offset, QVector<InteractionRow> rows) {
            QMetaObject::invokeMethod(this, [=] { applyPage(generation, offset, rows); }, Qt::QueuedConnection);
        },
        [this](quint64 generation, qint64 total) {
            QMetaObject::invokeMethod(this, [=] { applyCount(generation, total); }, Qt::QueuedConnection);
        },
        [this](quint64 generation, QString message) {
            QMetaObject::invokeMethod(this, [=] { applyError(generation, message); }, Qt::QueuedConnection);
        });
    m_loader->moveToThread(m_thread);
    m_thread->setObjectName(QStringLiteral("InteractionLoader"));
    m_thread->start();
}

InteractionListModel::~InteractionListModel()
{
    // The loader's connection must be closed in its own thread.
    m_latest = std::numeric_limits<quint64>::max(); // skip anything still queued
    InteractionLoader *loader = m_loader;
    QMetaObject::invokeMethod(loader, [loader] { delete loader; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void InteractionListModel::setWorkspace(const QString &path)
{
    m_open = !path.isEmpty();
    const quint64 generation = ++m_generation;
    m_latest = generation;
    InteractionLoader *loader = m_loader;
    QMetaObject::invokeMethod(loader, [loader, path, generation] { loader->open(path, generation); }, Qt::QueuedConnection);
    reload();
}

void InteractionListModel::setFilter(const InteractionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void InteractionListModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    ++m_generation;
    m_latest = m_generation;
    m_total = m_open ? -1 : 0;
    m_exhausted = !m_open;
    m_pagePending = false;
    endResetModel();
    m_notifying = false;
    emit totalCountChanged(m_total);
    if (m_open)
        request(0, true);
    else
        emit loaded();
}

void InteractionListModel::request(int offset, bool withCount)
{
    m_pagePending = true;
    InteractionLoader *loader = m_loader;
    const quint64 generation = m_generation;
    const InteractionFilter filter = m_filter;
    const InteractionColumn sort = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    QMetaObject::invokeMethod(loader, [=] { loader->load(generation, filter, sort, order, offset, PageSize, withCount); },
                              Qt::QueuedConnection);
}

void InteractionListModel::applyPage(quint64 generation, int offset, const QVector<InteractionRow> &rows)
{
    if (generation != m_generation || offset != m_rows.size())
        return; // an answer to a superseded request
    m_pagePending = false;
    m_exhausted = rows.size() < PageSize;
    if (!rows.isEmpty()) {
        m_notifying = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
        m_notifying = false;
    }
    if (!isLoading())
        emit loaded();
}

void InteractionListModel::applyCount(quint64 generation, qint64 total)
{
    if (generation != m_generation)
        return;
    m_total = total;
    emit totalCountChanged(total);
    if (!isLoading())
        emit loaded();
}

void InteractionListModel::applyError(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_pagePending = false;
    m_exhausted = true;
    if (m_total < 0)
        m_total = m_rows.size();
    emit errorOccurred(message);
    emit loaded();
}

const InteractionRow *InteractionListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int InteractionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InteractionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : InteractionColumnCount;
}

QVariant InteractionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InteractionRow &r = m_rows[index.row()];
    if (role == InteractionIdRole)
        return r.id;
    const auto column = static_cast<InteractionColumn>(index.column());
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case InteractionColumn::Duration:
        case InteractionColumn::FirstResponse: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && column == InteractionColumn::StartedAt && r.evaluationCount > 0)
        return tr("Evaluated %n time(s)", nullptr, r.evaluationCount);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case InteractionColumn::StartedAt: return formatDateTime(r.startedAt);
    case InteractionColumn::Channel: return channelName(r.channel);
    case InteractionColumn::Site: return r.siteName;
    case InteractionColumn::Staff: return r.staffName;
    case InteractionColumn::Customer: return r.customerRef;
    case InteractionColumn::Duration: return formatDuration(r.durationSeconds);
    case InteractionColumn::FirstResponse:
        return r.firstResponseSeconds ? tr("%1 s").arg(*r.firstResponseSeconds) : QString();
    case InteractionColumn::Resolved: return formatYesNo(r.resolved);
    case InteractionColumn::ExternalId: return r.externalId;
    }
    return {};
}

QVariant InteractionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<InteractionColumn>(section)) {
    case InteractionColumn::StartedAt: return tr("Start time");
    case InteractionColumn::Channel: return tr("Channel");
    case InteractionColumn::Site: return tr("Site");
    case InteractionColumn::Staff: return tr("Agent / employee");
    case InteractionColumn::Customer: return tr("Customer");
    case InteractionColumn::Duration: return tr("Duration");
    case InteractionColumn::FirstResponse: return tr("First response");
    case InteractionColumn::Resolved: return tr("Resolved");
    case InteractionColumn::ExternalId: return tr("External ID");
    }
    return {};
}

bool InteractionListModel::canFetchMore(const QModelIndex &parent) const
{
    // No fetching while observers are still handling a reset or an insertion (a page fetched
    // from inside those signals would start a change before the previous one has ended), nor
    // while a page is on its way.
    return !m_notifying && !parent.isValid() && m_open && !m_pagePending && !m_exhausted;
}

void InteractionListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(int(m_rows.size()), false);
}

void InteractionListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= InteractionColumnCount)
        return;
    const auto c = static_cast<InteractionColumn>(column);
    if (c == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = c;
    m_sortOrder = order;
    reload();
}

void InteractionListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, InteractionColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, InteractionColumnCount - 1));
}

} // namespace servqa
