#include "disputedialogs.h"

#include "formatting.h"
#include "plaintext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

enum DisputeColumn { DisputeItem, DisputeAnswer, DisputeReason, DisputeColumnCount };

void setupTable(QTableWidget *table)
{
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

QTableWidgetItem *readOnlyCell(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(plainTip(text));
    return cell;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}

} // namespace

Result<Answer> parseAnswerText(const FormItem &item, const QString &input)
{
    const QString text = input.trimmed();
    Answer a;
    const QString lower = text.toLower();
    if (lower == QLatin1String("a") || lower == QLatin1String("n/a") || text == QCoreApplication::translate("Formatting", "N/A")) {
        a.notApplicable = true;
    } else if (item.type == ItemType::YesNo || item.type == ItemType::YesNoNa) {
        if (lower == QLatin1String("y") || text == formatYesNo(true))
            a.value = 1.0;
        else if (lower == QLatin1String("n") || text == formatYesNo(false))
            a.value = 0.0;
    } else {
        bool ok = false;
        const double v = QLocale().toDouble(text, &ok);
        if (ok)
            a.value = v;
        else if (const double c = text.toDouble(&ok); ok)
            a.value = c;
    }
    if (a.isEmpty())
        return Error{QCoreApplication::translate("DisputeDialog", "“%1” is not an answer to “%2”.").arg(text, item.text)};
    if (const QString problem = checkAnswer(item, a); !problem.isEmpty())
        return Error{problem};
    return a;
}

DisputeDialog::DisputeDialog(const Form &form, const Evaluation &evaluation, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Dispute items"));
    m_table = new QTableWidget(0, DisputeColumnCount, this);
    setupTable(m_table);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Answer"), tr("Reason for the dispute")});
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            if (!item.isScoring())
                continue;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            QTableWidgetItem *name = readOnlyCell(item.text);
            name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
            name->setCheckState(Qt::Unchecked);
            name->setData(Qt::UserRole, item.key);
            m_table->setItem(row, DisputeItem, name);
            m_table->setItem(row, DisputeAnswer, readOnlyCell(formatAnswer(item, evaluation.answers.value(item.key))));
            m_table->setItem(row, DisputeReason, new QTableWidgetItem);
        }
    }
    m_table->resizeColumnToContents(DisputeAnswer);
    m_table->setColumnWidth(DisputeItem, 360);
    // Typing a reason ticks the item.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *cell) {
        if (cell->column() == DisputeReason && !cell->text().trimmed().isEmpty())
            m_table->item(cell->row(), DisputeItem)->setCheckState(Qt::Checked);
    });
    auto *hint = new QLabel(tr("Tick the items you dispute and give each a reason. A QA lead decides each one."), this);
    hint->setWordWrap(true);
    m_error = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Dispute"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 480);
}

QVector<DisputeRequest> DisputeDialog::requests() const
{
    QVector<DisputeRequest> list;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, DisputeItem)->checkState() == Qt::Checked)
            list.push_back({m_table->item(r, DisputeItem)->data(Qt::UserRole).toString(), m_table->item(r, DisputeReason)->text()});
    }
    return list;
}

void DisputeDialog::showError(const QString &message)
{
    m_error->setText(message);
}

ResolveDialog::ResolveDialog(const Form &form, const QVector<Dispute> &open, QWidget *parent)
    : QDialog(parent), m_form(form), m_open(open)
{
    setWindowTitle(tr("Resolve disputes"));
    m_table = new QTableWidget(int(open.size()), ColumnCount, this);
    setupTable(m_table);
    m_table->setHorizontalHeaderLabels(
        {tr("Item"), tr("Answer"), tr("Disputed because"), tr("Decision"), tr("New answer"), tr("Reason for the decision")});
    for (int r = 0; r < open.size(); ++r) {
        const Dispute &d = open[r];
        const FormItem *item = form.findItem(d.itemKey);
        m_table->setItem(r, ItemColumn, readOnlyCell(item ? item->text : d.itemKey));
        m_table->setItem(r, AnswerColumn, readOnlyCell(item ? formatAnswer(*item, d.before) : QString()));
        m_table->setItem(r, ReasonColumn, readOnlyCell(tr("%1 (%2)").arg(d.reason, d.raisedByName)));
        auto *decision = new QComboBox(m_table);
        decision->addItems({tr("Undecided"), tr("Keep the answer"), tr("Change the answer")});
        m_table->setCellWidget(r, DecisionColumn, decision);
        auto *newValue = new QTableWidgetItem;
        newValue->setToolTip(tr("Y, N, A (not applicable) or a number"));
        m_table->setItem(r, NewValueColumn, newValue);
        m_table->setItem(r, NoteColumn, new QTableWidgetItem);
    }
    m_table->setColumnWidth(ItemColumn, 260);
    m_table->resizeColumnToContents(AnswerColumn);
    m_table->setColumnWidth(ReasonColumn, 200);
    m_table->resizeColumnToContents(DecisionColumn);
    m_error = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply decisions"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1000, 360);
}

Result<QVector<EvaluationWorkflow::Decision>> ResolveDialog::decisions() const
{
    QVector<EvaluationWorkflow::Decision> list;
    for (int r = 0; r < m_open.size(); ++r) {
        const int choice = static_cast<QComboBox *>(m_table->cellWidget(r, DecisionColumn))->currentIndex();
        if (choice == 0)
            continue;
        EvaluationWorkflow::Decision d;
        d.disputeId = m_open[r].id;
        d.outcome = choice == 1 ? DisputeOutcome::Kept : DisputeOutcome::Changed;
        d.reason = m_table->item(r, NoteColumn)->text();
        if (d.outcome == DisputeOutcome::Changed) {
            const FormItem *item = m_form.findItem(m_open[r].itemKey);
            auto parsed = parseAnswerText(*item, m_table->item(r, NewValueColumn)->text());
            if (!parsed)
                return Error{parsed.error()};
            d.newAnswer = *parsed;
        }
        list.push_back(d);
    }
    return list;
}

void ResolveDialog::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace servqa
