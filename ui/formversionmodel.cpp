#include "formversionmodel.h"

#include "formatting.h"

namespace servqa {

FormVersionModel::FormVersionModel(QObject *parent) : QAbstractTableModel(parent) {}

void FormVersionModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void FormVersionModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_db) {
        if (auto rows = FormRepository(*m_db).versions(FormRepository::Count::ItemsAndEvaluations))
            m_rows = *rows;
    }
    endResetModel();
}

void FormVersionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int FormVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FormVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FormVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FormVersionSummary &v = m_rows[index.row()];
    if (role == VersionIdRole)
        return v.versionId;
    if (role == StatusRole)
        return int(v.status);
    if (role == Qt::TextAlignmentRole && index.column() >= Version && index.column() != Status)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code: return v.code;
    case Name: return v.name;
    case Kind: return v.kind == FormKind::Scorecard ? tr("Scorecard") : tr("Checklist");
    case Version: return v.version;
    case Status: return formStatusName(v.status);
    case PassMark: return formatPercent(v.passMark);
    case Items: return v.itemCount;
    case Evaluations: return formatCount(v.evaluationCount);
    }
    return {};
}

QVariant FormVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Version: return tr("Version");
    case Status: return tr("Status");
    case PassMark: return tr("Pass mark");
    case Items: return tr("Items");
    case Evaluations: return tr("Evaluations");
    }
    return {};
}

} // namespace servqa
