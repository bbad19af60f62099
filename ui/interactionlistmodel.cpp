#include "interactionlistmodel.h"

#include "formatting.h"
#include "screeningrules.h"

#include <QColor>

namespace servqa {

InteractionListModel::InteractionListModel(QObject *parent) : PagedTableModel(parent) {}

void InteractionListModel::setFilter(const InteractionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

PagedTableModel::PageJob InteractionListModel::pageJob(int offset, int limit) const
{
    // The next page as the list scrolls starts after the last row shown (keyset paging).
    std::optional<InteractionRow> after;
    if (offset > 0 && offset == m_rows.size())
        after = m_rows.last();
    return [filter = m_filter, sort = m_sortColumn, order = m_sortOrder, offset, limit, after](Database &db) -> Result<Page> {
        auto rows = InteractionQuery(db).page(filter, sort, order, offset, limit, after ? &*after : nullptr);
        if (!rows)
            return Error{rows.error()};
        return Page{*rows, int(rows->size())};
    };
}

PagedTableModel::CountJob InteractionListModel::countJob() const
{
    return [filter = m_filter](Database &db) { return InteractionQuery(db).count(filter); };
}

void InteractionListModel::appendRows(const std::any &rows)
{
    m_rows += std::any_cast<const QVector<InteractionRow> &>(rows);
}

const InteractionRow *InteractionListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
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
    if (column == InteractionColumn::Risk && r.risk) {
        if (role == Qt::ForegroundRole && *r.risk >= int(RuleSeverity::Medium))
            return QColor(*r.risk >= int(RuleSeverity::High) ? 0xc62828 : 0xe65100);
        if (role == Qt::ToolTipRole)
            return *r.risk > 0 ? tr("Flagged by screening: the highest risk a rule raised (the details list the rules).")
                               : tr("Screened: no rule raised a risk.");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case InteractionColumn::StartedAt: return formatDateTime(r.startedAt);
    case InteractionColumn::Channel: return channelName(r.channel);
    case InteractionColumn::Risk:
        return r.risk && *r.risk > 0 ? ruleSeverityName(static_cast<RuleSeverity>(*r.risk)) : QString();
    case InteractionColumn::Site: return r.siteName;
    case InteractionColumn::Staff: return r.staffName;
    case InteractionColumn::Customer: return r.customerRef;
    case InteractionColumn::Duration: return formatDuration(r.durationSeconds);
    case InteractionColumn::FirstResponse:
        return r.firstResponseSeconds ? formatSeconds(*r.firstResponseSeconds) : QString();
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
    case InteractionColumn::Risk: return tr("Risk");
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
