#include "importdialog.h"

#include "backgroundjob.h"
#include "feedbackrepository.h"
#include "formatting.h"
#include "listtables.h"
#include "screening.h"
#include "session.h"
#include "transcriptimport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

ImportDialog::ImportDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    for (ImportKind k : importKinds())
        m_kind->addItem(QString(), int(k));
    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_browse = new QPushButton(this);
    m_encodingLabel = new QLabel(this);
    m_encoding = new QComboBox(this);
    for (CsvEncoding e : {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Gb18030})
        m_encoding->addItem(QString(), int(e));
    m_sourceLabel = new QLabel(this);
    m_source = new QLineEdit(QStringLiteral("csv"), this);
    m_kindLabel->setBuddy(m_kind);
    m_fileLabel->setBuddy(m_file);
    m_encodingLabel->setBuddy(m_encoding);
    m_sourceLabel->setBuddy(m_source);
    m_waveLabel = new QLabel(this);
    m_wave = new QLineEdit(this);
    m_waveLabel->setBuddy(m_wave);
    m_csatScaleLabel = new QLabel(this);
    m_csatScale = new QComboBox(this);
    for (int top : {5, 7, 10})
        m_csatScale->addItem(QString(), top);
    m_csatScaleLabel->setBuddy(m_csatScale);

    auto *top = new QGridLayout;
    top->addWidget(m_kindLabel, 0, 0);
    top->addWidget(m_kind, 0, 1);
    top->addWidget(m_encodingLabel, 0, 2);
    top->addWidget(m_encoding, 0, 3);
    top->addWidget(m_fileLabel, 1, 0);
    top->addWidget(m_file, 1, 1, 1, 2);
    top->addWidget(m_browse, 1, 3);
    top->addWidget(m_sourceLabel, 2, 0);
    top->addWidget(m_source, 2, 1);
    top->addWidget(m_waveLabel, 3, 0);
    top->addWidget(m_wave, 3, 1);
    top->addWidget(m_csatScaleLabel, 3, 2);
    top->addWidget(m_csatScale, 3, 3);
    top->setColumnStretch(1, 1);

    m_previewBox = new QGroupBox(this);
    m_preview = new QTableWidget(m_previewBox);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_previewHint = new QLabel(m_previewBox);
    m_previewHint->setTextFormat(Qt::PlainText); // names the file
    m_previewHint->setWordWrap(true);
    m_previewHint->setAlignment(Qt::AlignCenter);
    m_previewHint->setEnabled(false); // drawn as a hint, in the disabled text colour
    auto *previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_previewHint);
    previewLayout->addWidget(m_preview);
    m_preview->hide(); // until a file is chosen

    m_mappingBox = new QGroupBox(this);
    m_mappingForm = new QFormLayout(m_mappingBox);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // file contents are never rich text
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    // Return in the file field loads the preview; importing always takes a deliberate click
    // (or Alt+P), never a stray Return before the mapping has been checked.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_previewBox, 3);
    middle->addWidget(m_mappingBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(1000, 600);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), m_file->text(),
                                                          tr("CSV files (*.csv *.txt);;JSON transcripts (*.json);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::loadPreview);
    connect(m_wave, &QLineEdit::textChanged, this, &ImportDialog::showKindFields);
    connect(m_encoding, qOverload<int>(&QComboBox::currentIndexChanged), this, &ImportDialog::loadPreview);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        showKindFields();
        rebuildMapping();
    });
    retranslate();
    setKind(ImportKind::Interactions);
    loadPreview();
}

ImportDialog::~ImportDialog()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait(-1);
    }
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import from CSV"));
    m_kindLabel->setText(tr("&Import:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, importKindName(static_cast<ImportKind>(m_kind->itemData(i).toInt())));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_encodingLabel->setText(tr("&Encoding:"));
    for (int i = 0; i < m_encoding->count(); ++i)
        m_encoding->setItemText(i, csvEncodingName(static_cast<CsvEncoding>(m_encoding->itemData(i).toInt())));
    m_sourceLabel->setText(tr("Source &system:"));
    m_csatScaleLabel->setText(tr("CSAT &scale:"));
    for (int i = 0; i < m_csatScale->count(); ++i)
        m_csatScale->setItemText(i, tr("1 to %1").arg(m_csatScale->itemData(i).toInt()));
    m_csatScale->setToolTip(tr("The scale of the survey's satisfaction question, for a new survey; a survey imported before keeps its own."));
    showKindFields();
    m_source->setToolTip(tr("Used when the file has no source column. With the external ID it identifies "
                            "an interaction, so importing the same file again updates rather than duplicates."));
    m_previewBox->setTitle(tr("Preview (first rows)"));
    showPreviewHint();
    m_mappingBox->setTitle(tr("Columns (* required)"));
    m_import->setText(tr("Im&port"));
    rebuildMapping();
}

void ImportDialog::showKindFields()
{
    const bool feedback = kind() == ImportKind::Feedback;
    m_source->setEnabled(kind() == ImportKind::Interactions || kind() == ImportKind::Transcripts || feedback);
    m_waveLabel->setVisible(kind() == ImportKind::Survey || feedback);
    m_wave->setVisible(kind() == ImportKind::Survey || feedback);
    m_csatScaleLabel->setVisible(feedback);
    m_csatScale->setVisible(feedback);
    // A survey imported before keeps its scale: shown, not chosen.
    std::optional<FeedbackSurvey> known;
    if (feedback && m_session.database()) {
        const auto found = FeedbackRepository(*m_session.database()).findSurvey(m_wave->text().trimmed());
        if (found && *found)
            known = **found;
    }
    if (known)
        m_csatScale->setCurrentIndex(m_csatScale->findData(known->csatScale));
    m_csatScale->setEnabled(!known);
    m_waveLabel->setText(feedback ? tr("Sur&vey:") : tr("Survey &wave:"));
    m_wave->setPlaceholderText(feedback ? tr("e.g. SMS survey after the call (created if new)")
                                        : tr("e.g. 2025 Q1 customer survey (created if new)"));
}

ImportKind ImportDialog::kind() const
{
    return static_cast<ImportKind>(m_kind->currentData().toInt());
}

CsvEncoding ImportDialog::encoding() const
{
    return static_cast<CsvEncoding>(m_encoding->currentData().toInt());
}

void ImportDialog::setKind(ImportKind k)
{
    m_kind->setCurrentIndex(m_kind->findData(int(k)));
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
    loadPreview();
}

namespace {

// Whether the header has a column for every field `kind` requires.
bool allRequiredFound(ImportKind kind, const QStringList &header)
{
    const QVector<int> columns = autoMapColumns(kind, header);
    const QVector<ImportField> &fields = importFields(kind);
    for (int f = 0; f < fields.size(); ++f) {
        if (fields[f].required && columns.value(f, -1) < 0)
            return false;
    }
    return true;
}

} // namespace

void ImportDialog::showPreviewHint()
{
    m_previewHint->setText(m_json ? tr("%1 is a JSON file of timed transcripts (each interaction's turns, with who spoke and when): it has "
                                       "no columns to match, and is read whole and checked when you import it.")
                                        .arg(QFileInfo(m_file->text().trimmed()).fileName())
                                  : tr("Choose a CSV file above (UTF-8 or GB18030, the column names on its first line): its first rows "
                                       "show here, and each column is matched to a field below, which you can change. Transcripts "
                                       "can also come as a JSON file."));
}

void ImportDialog::loadPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_header.clear();
    m_message->clear();
    const QString path = m_file->text().trimmed();
    // A JSON file can only be transcripts: no rows to preview, no columns to match.
    m_json = !path.isEmpty() && looksLikeJson(path);
    showPreviewHint();
    m_previewHint->setVisible(path.isEmpty() || m_json);
    m_preview->setVisible(!m_previewHint->isVisible());
    m_encoding->setEnabled(!m_json); // JSON is UTF-8
    if (m_json)
        setKind(ImportKind::Transcripts);
    if (!path.isEmpty() && !m_json) {
        const auto preview = previewCsv(path, encoding());
        if (preview) {
            m_header = preview->header;
            m_preview->setColumnCount(int(m_header.size()));
            m_preview->setHorizontalHeaderLabels(m_header);
            m_preview->setRowCount(int(preview->rows.size()));
            for (int r = 0; r < preview->rows.size(); ++r) {
                for (int c = 0; c < preview->rows[r].size() && c < m_header.size(); ++c) {
                    // One line per cell; embedded line breaks shown as ⏎.
                    QString text = preview->rows[r][c];
                    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
                    m_preview->setItem(r, c, new QTableWidgetItem(text));
                }
            }
            fitColumns(m_preview);
            QStringList notes;
            if (encoding() == CsvEncoding::Auto)
                notes << tr("Detected encoding: %1").arg(csvEncodingName(preview->encoding));
            // A file with every column another kind needs, and not this kind's, is of that kind
            // (a file of turns opened while "Interactions" is chosen).
            if (!allRequiredFound(kind(), m_header)) {
                for (ImportKind k : importKinds()) {
                    if (k != kind() && allRequiredFound(k, m_header)) {
                        setKind(k);
                        notes << tr("Its columns are those of this kind of import: %1.").arg(importKindName(k));
                        break;
                    }
                }
            }
            if (!notes.isEmpty())
                showMessage(notes.join(QLatin1Char('\n')), false);
        } else {
            showMessage(preview.error(), true);
        }
    }
    rebuildMapping();
}

void ImportDialog::rebuildMapping()
{
    const QVector<int> previous = m_header.isEmpty() ? QVector<int>() : autoMapColumns(kind(), m_header);
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_mapping.clear();
    const QVector<ImportField> &fields = importFields(kind());
    for (int f = 0; f < fields.size(); ++f) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->addItem(tr("— not in file —"), -1);
        for (int c = 0; c < m_header.size(); ++c)
            combo->addItem(m_header[c], c);
        combo->setCurrentIndex(combo->findData(previous.value(f, -1)));
        m_mappingForm->addRow(fields[f].label() + (fields[f].required ? QStringLiteral(" *") : QString()), combo);
        m_mapping << combo;
    }
    m_mappingBox->setVisible(!m_json);
    m_import->setEnabled(canImport());
    if (m_json && kind() != ImportKind::Transcripts)
        showMessage(tr("Only transcripts are read from a JSON file."), true);
    else if (m_json)
        m_message->clear();
}

bool ImportDialog::canImport() const
{
    const bool fileReady = m_json ? kind() == ImportKind::Transcripts : !m_header.isEmpty();
    return fileReady && m_session.isOpen() && !isImporting();
}

QVector<int> ImportDialog::mapping() const
{
    QVector<int> columns;
    for (const QComboBox *combo : m_mapping)
        columns << combo->currentData().toInt();
    return columns;
}

void ImportDialog::setMapping(int field, int column)
{
    if (field >= 0 && field < m_mapping.size())
        m_mapping[field]->setCurrentIndex(m_mapping[field]->findData(column));
}

void ImportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
}

bool ImportDialog::isImporting() const
{
    return m_job && m_job->isRunning();
}

QString ImportDialog::message() const
{
    return m_message->text();
}

void ImportDialog::startImport()
{
    if (!canImport())
        return;
    ImportOptions options;
    options.kind = kind();
    options.encoding = encoding();
    if (!m_json)
        options.mapping = mapping();
    options.defaultSource = m_source->text().trimmed().isEmpty() ? QStringLiteral("csv") : m_source->text().trimmed();
    options.surveyWave = m_wave->text().trimmed();
    options.feedbackSurvey = m_wave->text().trimmed();
    options.csatScale = m_csatScale->currentData().toInt();
    options.raiseAlerts = false; // the alerts watcher raises them when the import tells the session
    if (m_session.userId() != 0)
        options.userId = m_session.userId(); // named in each imported complaint's history
    const QString path = m_file->text().trimmed();
    const QString fileName = QFileInfo(path).fileName();

    m_job = new BackgroundJob(m_session.path(), [options, path, fileName](Database &db, const BackgroundJob::ProgressFn &progress) -> Result<QString> {
        const auto summary = importCsv(db, path, options, progress);
        if (!summary)
            return Error{summary.error()};
        // Complaints already in the workspace are left as they were, not updated.
        if (options.kind == ImportKind::Complaints)
            return QCoreApplication::translate("ImportDialog", "Imported %1: %2 rows, %3 new complaints, %4 already in the workspace (left as they were).")
                .arg(fileName, formatCount(summary->rows), formatCount(summary->inserted), formatCount(summary->updated));
        QString text = options.kind == ImportKind::Transcripts
                           ? QCoreApplication::translate("ImportDialog", "Imported %1 — turns: %2; transcripts replaced: %3.")
                                 .arg(fileName, formatCount(summary->rows), formatCount(summary->updated))
                           : QCoreApplication::translate("ImportDialog", "Imported %1: %2 rows, %3 new, %4 updated.")
                                 .arg(fileName, formatCount(summary->rows), formatCount(summary->inserted), formatCount(summary->updated));
        // Every interaction is screened as it comes in, after the import's own transaction.
        if (!summary->interactionIds.isEmpty()) {
            const auto screened = screenImported(db, summary->interactionIds, progress);
            if (!screened)
                text += QLatin1Char(' ') + QCoreApplication::translate("ImportDialog", "The import is kept, but screening it failed: %1").arg(screened.error());
            else if (screened->cancelled)
                text += QLatin1Char(' ') + QCoreApplication::translate("ImportDialog", "Screening was stopped after %1 of %2 interactions.")
                                               .arg(formatCount(screened->screened), formatCount(summary->interactionIds.size()));
            else
                text += QLatin1Char(' ') + QCoreApplication::translate("ImportDialog", "Screened: %1 flagged as a risk.").arg(formatCount(screened->flagged));
        }
        return text;
    }, this);

    m_progress = new QProgressDialog(tr("Importing %1…").arg(fileName), tr("Cancel"), 0, 1000, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // quick imports finish before it appears
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(1000 * done / total));
    });
    auto finish = [this](const QString &text, bool ok) {
        if (m_progress)
            m_progress->deleteLater();
        // The job has reported: the import is over, even while its thread is still closing its
        // connection (it was "still importing" until then, and a second import was refused —
        // a test failed that way on a busy machine). Deleting it waits for the thread.
        if (m_job)
            m_job->deleteLater();
        m_job = nullptr;
        showMessage(text, !ok);
        m_import->setEnabled(true);
        if (ok)
            m_session.notifyDataChanged();
        emit importFinished(ok);
    };
    connect(m_job, &BackgroundJob::succeeded, this, [finish](const QString &text) { finish(text, true); });
    connect(m_job, &BackgroundJob::failed, this, [finish](const QString &text) { finish(text, false); });
    m_import->setEnabled(false);
    showMessage(tr("Importing %1…").arg(fileName), false);
    m_job->start();
}

} // namespace servqa
