#include "scorecardspage.h"

#include "listtables.h"
#include "outputfile.h"
#include "plaintext.h"

#include "formatting.h"
#include "formjson.h"
#include "formbuilder.h"
#include "formrepository.h"
#include "formversionmodel.h"
#include "session.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace servqa {

namespace {
enum TreeColumn { TextColumn, TypeColumn, WeightColumn, DimensionColumn, RulesColumn, TreeColumnCount };

QString targetText(const FormItem &item)
{
    if (item.type == ItemType::Elapsed && item.slaSeconds)
        return QCoreApplication::translate("ScorecardsPage", "SLA ≤ %1").arg(formatSeconds(std::llround(*item.slaSeconds)));
    if (item.type == ItemType::Numeric) {
        if (item.targetMin && item.targetMax)
            return QCoreApplication::translate("ScorecardsPage", "target %1–%2").arg(*item.targetMin).arg(*item.targetMax);
        if (item.targetMax)
            return QCoreApplication::translate("ScorecardsPage", "target ≤ %1").arg(*item.targetMax);
        if (item.targetMin)
            return QCoreApplication::translate("ScorecardsPage", "target ≥ %1").arg(*item.targetMin);
    }
    return {};
}
} // namespace

ScorecardsPage::ScorecardsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new FormVersionModel(this))
{
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(FormVersionModel::Name, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(TreeColumnCount);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_import = new QPushButton(this);
    m_export = new QPushButton(this);
    m_new = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_activate = new QPushButton(this);
    m_retire = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QPushButton *b : {m_new, m_edit, m_activate, m_retire, m_import, m_export})
        buttons->addWidget(b);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ScorecardsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        showSelected();
        fitColumns(m_view);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a form"), QString(), tr("Form files (*.json)"));
        if (path.isEmpty())
            return;
        if (const QString error = importFormFile(path); !error.isEmpty())
            plain::warning(this, tr("Import a form"), error);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const QString suggested = m_model->index(current.row(), FormVersionModel::Code).data().toString()
                                  + QStringLiteral("-v") + m_model->index(current.row(), FormVersionModel::Version).data().toString()
                                  + QStringLiteral(".json");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export form"), suggested, tr("Form files (*.json)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportSelectedForm(path); !error.isEmpty())
            plain::warning(this, tr("Export form"), error);
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        Form blank;
        blank.code = QStringLiteral("NEW-FORM");
        blank.name = tr("New scorecard");
        openBuilder(blank);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto form = FormRepository(*m_session.database()).load(selectedVersionId()))
            openBuilder(*form);
    });
    connect(m_activate, &QPushButton::clicked, this, [this] { setSelectedStatus(FormStatus::Active); });
    connect(m_retire, &QPushButton::clicked, this, [this] { setSelectedStatus(FormStatus::Retired); });
    auto onWorkspace = [this] { m_model->setDatabase(m_session.database()); };
    connect(&m_session, &Session::opened, this, onWorkspace);
    connect(&m_session, &Session::closed, this, onWorkspace);
    connect(&m_session, &Session::dataChanged, m_model, &FormVersionModel::reload);

    retranslate();
    onWorkspace();
}

void ScorecardsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScorecardsPage::retranslate()
{
    m_tree->setHeaderLabels({tr("Section / item"), tr("Answer type"), tr("Weight"), tr("SERVQUAL dimension"), tr("Rules")});
    m_import->setText(tr("Import form…"));
    m_export->setText(tr("Export as JSON…"));
    m_new->setText(tr("&New form…"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("A version that has evaluations is never changed: saving makes the next version."));
    m_activate->setText(tr("&Activate"));
    m_activate->setToolTip(tr("Inspectors score with the active version; the form's other active version is retired."));
    m_retire->setText(tr("&Retire"));
    m_model->retranslate();
    showSelected();
}

qint64 ScorecardsPage::selectedVersionId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->index(current.row(), 0).data(FormVersionModel::VersionIdRole).toLongLong() : 0;
}

void ScorecardsPage::showSelected()
{
    m_tree->clear();
    m_summary->clear();
    m_export->setEnabled(selectedVersionId() != 0);
    m_import->setEnabled(m_session.isOpen());
    m_new->setEnabled(m_session.isOpen());
    m_edit->setEnabled(selectedVersionId() != 0);
    const QModelIndex current = m_view->currentIndex();
    const auto status = current.isValid()
                            ? std::optional<FormStatus>(static_cast<FormStatus>(m_model->index(current.row(), 0).data(FormVersionModel::StatusRole).toInt()))
                            : std::nullopt;
    m_activate->setEnabled(status == FormStatus::Draft || status == FormStatus::Retired);
    m_retire->setEnabled(status == FormStatus::Active);
    if (!m_session.isOpen() || selectedVersionId() == 0)
        return;
    const auto form = FormRepository(*m_session.database()).load(selectedVersionId());
    if (!form) {
        m_summary->setText(form.error());
        return;
    }
    for (const FormSection &section : form->sections) {
        auto *s = new QTreeWidgetItem(m_tree);
        s->setText(TextColumn, section.title);
        s->setText(TypeColumn, sectionKindName(section.kind));
        s->setText(WeightColumn, QStringLiteral("× %1").arg(section.weight));
        QFont bold = s->font(TextColumn);
        bold.setBold(true);
        s->setFont(TextColumn, bold);
        for (const FormItem &item : section.items) {
            auto *i = new QTreeWidgetItem(s);
            i->setText(TextColumn, item.text);
            i->setToolTip(TextColumn, item.help);
            i->setText(TypeColumn, itemTypeName(item.type));
            i->setText(WeightColumn, item.isScoring() ? QString::number(item.weight) : QString());
            i->setText(DimensionColumn, dimensionName(item.dimension));
            QStringList rules;
            if (item.critical || section.kind == SectionKind::Critical)
                rules << tr("critical: failing it fails the evaluation");
            if (item.acceptsNa())
                rules << tr("N/A allowed");
            if (!item.required)
                rules << tr("optional");
            if (item.requiresEvidence)
                rules << tr("needs evidence");
            if (const QString target = targetText(item); !target.isEmpty())
                rules << target;
            i->setText(RulesColumn, rules.join(tr("; ", "between rules")));
        }
    }
    m_tree->expandAll();
    for (int c = TypeColumn; c < TreeColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_summary->setText(tr("%1, version %2 · %3 · pass mark %4 · %n scoring item(s)", nullptr, form->scoringItemCount())
                           .arg(form->name)
                           .arg(form->version)
                           .arg(formStatusName(form->status), formatPercent(form->passMark)));
}

QString ScorecardsPage::importFormFile(const QString &path)
{
    if (!m_session.isOpen())
        return tr("Open a workspace first.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    const auto form = formFromJson(file.readAll(), QFileInfo(path).fileName());
    if (!form)
        return form.error();
    // Always the next version of the form with that code, as a draft to check and activate;
    // versions already in use never change. Audited like any edit.
    Form incoming = *form;
    incoming.formId = 0;
    incoming.versionId = 0;
    const auto saved = FormRepository(*m_session.database()).save(incoming, m_session.userId());
    if (!saved)
        return saved.error();
    m_session.notifyDataChanged();
    m_summary->setText(tr("%1 imported as version %2 (draft). Activate it when it is ready.").arg(saved->code).arg(saved->version));
    return {};
}

void ScorecardsPage::openBuilder(const Form &form)
{
    FormBuilder builder(m_session, form, this);
    if (builder.exec() != QDialog::Accepted)
        return;
    const Form &saved = builder.savedForm();
    m_summary->setText(tr("%1 saved as version %2 (draft). Activate it when it is ready.").arg(saved.code).arg(saved.version));
}

QString ScorecardsPage::setSelectedStatus(FormStatus status)
{
    if (selectedVersionId() == 0)
        return tr("Select a form first.");
    if (const Status s = FormRepository(*m_session.database()).setStatus(selectedVersionId(), status, m_session.userId()); !s) {
        plain::warning(this, tr("Change status"), s.error());
        return s.error();
    }
    m_session.notifyDataChanged();
    return {};
}

QString ScorecardsPage::exportSelectedForm(const QString &path) const
{
    if (selectedVersionId() == 0)
        return tr("Select a form first.");
    const auto form = FormRepository(*m_session.database()).load(selectedVersionId());
    if (!form)
        return form.error();
    // Written whole or not at all, never over the workspace or another database.
    if (const Status s = writeWholeFile(path, formToJson(*form), {m_session.database()->path()}); !s)
        return s.error();
    return {};
}

} // namespace servqa
