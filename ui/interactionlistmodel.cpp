#include "interactionlistmodel.h"

#include "database.h"
#include "formatting.h"

namespace servqa {

InteractionListModel::InteractionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void InteractionListModel::setDatabase(Database *db)
{
    m_db = db;
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
    m_total = 0;
    if (m_db) {
        InteractionQuery query(*m_db);
        const auto total = query.count(m_filter);
        const auto first = query.page(m_filter, m_sortColumn, m_sortOrder, 0, PageSize);
        if (total && first) {
            m_total = *total;
            m_rows = *first;
        } else {
            emit errorOccurred(total ? first.error() : total.error());
        }
    }
    endResetModel();
    m_notifying = false;
    emit totalCountChanged(m_total);
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
    // No fetching while observers are still handling a reset or an insertion: a page fetched
    // from inside those signals would start a change before the previous one has ended.
    return !m_notifying && !parent.isValid() && m_db && m_rows.size() < m_total;
}

void InteractionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = InteractionQuery(*m_db).page(m_filter, m_sortColumn, m_sortOrder, int(m_rows.size()), PageSize);
    if (!page) {
        emit errorOccurred(page.error());
        m_total = m_rows.size(); // stop asking
        return;
    }
    if (page->isEmpty()) { // rows were deleted meanwhile
        m_total = m_rows.size();
        return;
    }
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
    m_notifying = false;
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
