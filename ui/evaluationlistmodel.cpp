#include "evaluationlistmodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>

namespace servqa {

EvaluationListModel::EvaluationListModel(QObject *parent) : PagedTableModel(parent) {}

void EvaluationListModel::setFilter(const EvaluationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

PagedTableModel::PageJob EvaluationListModel::pageJob(int offset, int limit) const
{
    // The next page as the list scrolls starts after the last row shown (keyset paging).
    std::optional<EvaluationRow> after;
    if (offset > 0 && offset == m_rows.size())
        after = m_rows.last();
    return [filter = m_filter, sort = m_sortColumn, order = m_sortOrder, offset, limit, after](Database &db) -> Result<Page> {
        auto rows = EvaluationQuery(db).page(filter, sort, order, offset, limit, after ? &*after : nullptr);
        if (!rows)
            return Error{rows.error()};
        return Page{*rows, int(rows->size())};
    };
}

PagedTableModel::CountJob EvaluationListModel::countJob() const
{
    return [filter = m_filter](Database &db) { return EvaluationQuery(db).count(filter); };
}

void EvaluationListModel::appendRows(const std::any &rows)
{
    m_rows += std::any_cast<const QVector<EvaluationRow> &>(rows);
}

const EvaluationRow *EvaluationListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int EvaluationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : EvaluationColumnCount;
}

QVariant EvaluationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvaluationRow &r = m_rows[index.row()];
    if (role == EvaluationIdRole)
        return r.id;
    const auto column = static_cast<EvaluationColumn>(index.column());
    const bool numeric = column == EvaluationColumn::Score || column >= EvaluationColumn::Tangibles;
    if (role == Qt::TextAlignmentRole && numeric)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == EvaluationColumn::Result) {
        if (r.autoFailed || (r.passed && !*r.passed))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case EvaluationColumn::OccurredAt: return formatDateTime(r.occurredAt);
    case EvaluationColumn::Site: return r.siteName;
    case EvaluationColumn::Staff: return r.staffName;
    case EvaluationColumn::Form: return tr("%1 v%2").arg(r.formCode).arg(r.formVersion);
    case EvaluationColumn::Inspector: return r.inspectorName;
    case EvaluationColumn::Status: return evaluationStatusName(r.status);
    case EvaluationColumn::Score: return formatPercent(r.score);
    case EvaluationColumn::Result:
        if (r.autoFailed)
            return tr("Auto-failed");
        if (!r.passed)
            return QString();
        return *r.passed ? tr("Passed") : tr("Failed");
    default: {
        const int d = index.column() - int(EvaluationColumn::Tangibles);
        return r.dimensions[d] ? QLocale().toString(*r.dimensions[d], 'f', 0) : QStringLiteral("—");
    }
    }
}

QVariant EvaluationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<EvaluationColumn>(section);
    if (column >= EvaluationColumn::Tangibles) {
        const Dimension d = AllDimensions[section - int(EvaluationColumn::Tangibles)];
        return role == Qt::ToolTipRole ? tr("%1 score (%)").arg(dimensionName(d)) : dimensionName(d);
    }
    if (role == Qt::ToolTipRole)
        return {};
    switch (column) {
    case EvaluationColumn::OccurredAt: return tr("Interaction time");
    case EvaluationColumn::Site: return tr("Site");
    case EvaluationColumn::Staff: return tr("Agent / employee");
    case EvaluationColumn::Form: return tr("Form");
    case EvaluationColumn::Inspector: return tr("Inspector");
    case EvaluationColumn::Status: return tr("Status");
    case EvaluationColumn::Score: return tr("Score");
    case EvaluationColumn::Result: return tr("Result");
    default: return {};
    }
}

void EvaluationListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= EvaluationColumnCount)
        return;
    const auto c = static_cast<EvaluationColumn>(column);
    if (c == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = c;
    m_sortOrder = order;
    reload();
}

void EvaluationListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, EvaluationColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, EvaluationColumnCount - 1));
}

} // namespace servqa
