#pragma once

#include <QAbstractItemModel>
#include <QHash>

namespace servqa {

class EvaluationDraft;
struct FormItem;

// The form of an evaluation as a tree: sections, then their items, with the answer and the
// comment. Edits go to the draft (and so through its undo stack); the model follows the
// draft's signals.
class AnswerModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, AnswerColumn, CommentColumn, ColumnCount };
    enum Roles { ItemKeyRole = Qt::UserRole + 1 };

    explicit AnswerModel(EvaluationDraft *draft, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The item at an index (any column), or nullptr for a section row.
    const FormItem *itemAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &itemKey, int column = ItemColumn) const;
    // The next / previous item row in form order, across sections; invalid at the ends.
    QModelIndex nextItem(const QModelIndex &from) const;
    QModelIndex previousItem(const QModelIndex &from) const;
    // The last refusal of an edit made through setData (an out-of-range number), or empty.
    QString lastError() const { return m_lastError; }

    void retranslate();
    // What screening's rules said of the items they answered (item key → "rule — matched «…»").
    void setRuleNotes(const QHash<QString, QString> &notes);

private:
    static constexpr quintptr SectionTag = ~quintptr(0);

    EvaluationDraft *m_draft;
    QString m_lastError;
    QHash<QString, QString> m_ruleNotes;
};

} // namespace servqa
