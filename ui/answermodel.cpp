#include "answermodel.h"

#include "evaluationdraft.h"
#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace servqa {

namespace {
const QColor FailRed(0xb0, 0x00, 0x20);
const QColor MissingAmber(0x9a, 0x5b, 0x00);

// A measured value as the interaction recorded it: a time, or yes / no.
QString measuredText(const FormItem &item, double value)
{
    if (item.type == ItemType::Elapsed || item.type == ItemType::Numeric)
        return formatSeconds(qRound(value));
    return formatAnswer(item, Answer::number(value));
}
} // namespace

AnswerModel::AnswerModel(EvaluationDraft *draft, QObject *parent) : QAbstractItemModel(parent), m_draft(draft)
{
    connect(draft, &EvaluationDraft::answerChanged, this, [this](const QString &key) {
        const QModelIndex item = indexOf(key);
        emit dataChanged(item, item.siblingAtColumn(CommentColumn));
        // The section's score and every failed-critical mark may have moved.
        const QModelIndex section = item.parent();
        emit dataChanged(section, section.siblingAtColumn(AnswerColumn));
    });
}

QModelIndex AnswerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionTag);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex AnswerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionTag)
        return {};
    return createIndex(int(child.internalId()), 0, SectionTag);
}

int AnswerModel::rowCount(const QModelIndex &parent) const
{
    const auto &sections = m_draft->form().sections;
    if (!parent.isValid())
        return int(sections.size());
    if (parent.internalId() == SectionTag && parent.column() == 0)
        return int(sections[parent.row()].items.size());
    return 0;
}

int AnswerModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const FormItem *AnswerModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == SectionTag)
        return nullptr;
    return &m_draft->form().sections[int(index.internalId())].items[index.row()];
}

QModelIndex AnswerModel::indexOf(const QString &itemKey, int column) const
{
    const auto &sections = m_draft->form().sections;
    for (int s = 0; s < sections.size(); ++s) {
        for (int i = 0; i < sections[s].items.size(); ++i) {
            if (sections[s].items[i].key == itemKey)
                return index(i, column, index(s, 0));
        }
    }
    return {};
}

QModelIndex AnswerModel::nextItem(const QModelIndex &from) const
{
    const auto &sections = m_draft->form().sections;
    int s = 0;
    int i = -1;
    if (from.isValid()) {
        if (from.internalId() == SectionTag) {
            s = from.row();
        } else {
            s = int(from.internalId());
            i = from.row();
        }
    }
    for (; s < sections.size(); ++s, i = -1) {
        if (i + 1 < sections[s].items.size())
            return index(i + 1, from.isValid() ? from.column() : 0, index(s, 0));
    }
    return {};
}

QModelIndex AnswerModel::previousItem(const QModelIndex &from) const
{
    if (!from.isValid() || from.internalId() == SectionTag)
        return {};
    int s = int(from.internalId());
    int i = from.row() - 1;
    while (s >= 0) {
        if (i >= 0)
            return index(i, from.column(), index(s, 0));
        if (--s >= 0)
            i = int(m_draft->form().sections[s].items.size()) - 1;
    }
    return {};
}

QVariant AnswerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ScoreResult &score = m_draft->score();
    if (index.internalId() == SectionTag) {
        const FormSection &section = m_draft->form().sections[index.row()];
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role != Qt::DisplayRole)
            return {};
        if (index.column() == ItemColumn)
            return section.kind == SectionKind::Standard ? section.title
                                                         : tr("%1 (%2)").arg(section.title, sectionKindName(section.kind));
        const bool scoring = std::any_of(section.items.cbegin(), section.items.cend(),
                                         [](const FormItem &item) { return item.isScoring(); });
        if (index.column() == AnswerColumn && scoring && index.row() < score.sections.size())
            return formatPercent(score.sections[index.row()].percent);
        return {};
    }

    const FormItem &item = *itemAt(index);
    const Answer answer = m_draft->answer(item.key);
    const bool failedCritical = score.failedCriticalItems.contains(item.key);
    switch (role) {
    case ItemKeyRole: return item.key;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn: return item.required && item.isScoring() ? item.text + QStringLiteral(" *") : item.text;
        case AnswerColumn:
            if (answer.byRule() && answer.overridesMeasure())
                return tr("%1 · changed, the rule said %2")
                    .arg(answer.isEmpty() ? tr("none") : answer.notApplicable ? formatAnswer(item, answer) : measuredText(item, *answer.value),
                         measuredText(item, *answer.measured));
            if (answer.byRule())
                return tr("%1 · by rule").arg(measuredText(item, *answer.measured));
            if (answer.overridesMeasure())
                return tr("%1 · changed, measured %2")
                    .arg(answer.isEmpty() ? tr("none") : answer.notApplicable ? formatAnswer(item, answer) : measuredText(item, *answer.value),
                         measuredText(item, *answer.measured));
            if (answer.measured) // short: the item's text and tooltip give the target
                return tr("%1 · measured").arg(measuredText(item, *answer.measured));
            return formatAnswer(item, answer);
        case CommentColumn:
            if (answer.overridesMeasure() && answer.comment.trimmed().isEmpty() && m_draft->isEditable())
                return answer.byRule() ? tr("Say why the rule's answer was changed (Ctrl+M)") : tr("Say why the measured value was changed (Ctrl+M)");
            return answer.comment;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case AnswerColumn:
            if (item.type == ItemType::Text)
                return answer.text;
            return answer.value ? QLocale().toString(*answer.value) : QString();
        case CommentColumn: return answer.comment;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{item.text, tr("%1 · %2 · weight %3").arg(itemTypeName(item.type), dimensionName(item.dimension)).arg(item.weight)};
        if (item.critical)
            lines << tr("Critical: failing it fails the whole evaluation.");
        if (!item.help.isEmpty())
            lines << item.help;
        if (answer.byRule())
            lines << tr("Answered by automatic screening: %1. Confirm it, or change it with a comment saying why; the change goes "
                        "into the audit trail when the evaluation is submitted.")
                         .arg(m_ruleNotes.value(item.key, answer.measuredBy.mid(5)));
        if (item.measure != ItemMeasure::None) {
            if (answer.measured)
                lines << tr("Measured from the interaction (%1): %2. Change it only with a comment saying why; the change "
                            "goes into the audit trail when the evaluation is submitted.")
                             .arg(itemMeasureName(item.measure), measuredText(item, *answer.measured));
            else
                lines << tr("Filled from the interaction (%1) when it records this; this one does not, so answer it.")
                             .arg(itemMeasureName(item.measure));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (failedCritical && index.column() != CommentColumn)
            return QBrush(FailRed);
        if (index.column() == ItemColumn && item.required && item.isScoring() && answer.isEmpty())
            return QBrush(MissingAmber);
        if (answer.overridesMeasure() && answer.comment.trimmed().isEmpty() && index.column() != ItemColumn)
            return QBrush(MissingAmber);
        return {};
    case Qt::FontRole:
        if (index.column() == CommentColumn && answer.overridesMeasure() && answer.comment.trimmed().isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    default: return {};
    }
}

bool AnswerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const FormItem *item = itemAt(index);
    if (!item || role != Qt::EditRole)
        return false;
    m_lastError.clear();
    if (index.column() == CommentColumn) {
        m_draft->setItemComment(item->key, value.toString());
        return true;
    }
    if (index.column() != AnswerColumn)
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        m_draft->clearValue(item->key);
        return true;
    }
    Answer answer;
    if (item->type == ItemType::Text) {
        answer.text = value.toString();
    } else {
        bool ok = false;
        const double number = QLocale().toDouble(text, &ok);
        const double plain = ok ? number : text.toDouble(&ok);
        if (!ok) {
            m_lastError = tr("“%1” is not a number.").arg(text);
            return false;
        }
        answer.value = plain;
    }
    m_lastError = m_draft->setValue(item->key, answer);
    return m_lastError.isEmpty();
}

Qt::ItemFlags AnswerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const FormItem *item = itemAt(index);
    if (item && m_draft->isEditable()) {
        // Yes/no and ratings are answered with keys; numbers, times and notes are typed.
        const bool typed = item->type == ItemType::Numeric || item->type == ItemType::Elapsed
                           || item->type == ItemType::Scale10 || item->type == ItemType::Text;
        if (index.column() == CommentColumn || (index.column() == AnswerColumn && typed))
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant AnswerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Section / item");
    case AnswerColumn: return tr("Answer");
    case CommentColumn: return tr("Comment");
    }
    return {};
}

void AnswerModel::setRuleNotes(const QHash<QString, QString> &notes)
{
    m_ruleNotes = notes;
}

void AnswerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int s = 0; s < rowCount(); ++s) {
        const QModelIndex section = index(s, 0);
        if (rowCount(section) > 0)
            emit dataChanged(index(0, 0, section), index(rowCount(section) - 1, ColumnCount - 1, section));
    }
}

} // namespace servqa
