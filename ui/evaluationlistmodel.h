#pragma once

#include "evaluationquery.h"
#include "pagedtablemodel.h"

#include <QVector>

namespace servqa {

// The Evaluations list: stored scores from EvaluationQuery, paged off the GUI thread.
class EvaluationListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Roles { EvaluationIdRole = Qt::UserRole + 1 };

    explicit EvaluationListModel(QObject *parent = nullptr);

    void setFilter(const EvaluationFilter &filter);
    const EvaluationFilter &filter() const { return m_filter; }
    const EvaluationRow *rowAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    void retranslate();

protected:
    PageJob pageJob(int offset, int limit) const override;
    CountJob countJob() const override;
    void appendRows(const std::any &rows) override;
    void clearRows() override { m_rows.clear(); }
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    EvaluationFilter m_filter;
    EvaluationColumn m_sortColumn = EvaluationColumn::OccurredAt;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QVector<EvaluationRow> m_rows;
};

} // namespace servqa
