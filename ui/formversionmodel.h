#pragma once

#include "formrepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace servqa {

// Scorecards and checklists with each version's status and use: a thin adapter over
// FormRepository::versions().
class FormVersionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Kind, Version, Status, PassMark, Items, Evaluations, ColumnCount };
    enum Roles { VersionIdRole = Qt::UserRole + 1, StatusRole };

    explicit FormVersionModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void reload();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database *m_db = nullptr;
    QVector<FormVersionSummary> m_rows;
};

} // namespace servqa
