#include "settingspage.h"

#include "backups.h"
#include "plaintext.h"

#include "appsettings.h"
#include "durationspinbox.h"
#include "complaintsettingsbox.h"
#include "screeningrulesbox.h"
#include "indicatortargetsbox.h"
#include "formatting.h"
#include "interactionrepository.h"
#include "session.h"
#include "usersbox.h"
#include "translations.h"
#include "workspacesettings.h"

#include <QComboBox>
#include <QEvent>
#include <QCheckBox>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QLabel>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace servqa {

SettingsPage::SettingsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_interfaceBox = new QGroupBox(this);
    m_workspaceBox = new QGroupBox(this);
    m_language = new QComboBox(m_interfaceBox);
    // Each language is named in itself, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(m_language->findData(currentLanguage()));
    m_languageNote = new QLabel(m_interfaceBox);
    m_languageNote->setWordWrap(true);
    m_languageLabel = new QLabel(m_interfaceBox);
    m_languageLabel->setBuddy(m_language);
    m_interfaceForm = new QFormLayout(m_interfaceBox);
    m_interfaceForm->addRow(m_languageLabel, m_language);
    m_interfaceForm->addRow(nullptr, m_languageNote);

    m_path = new QLabel(m_workspaceBox);
    m_format = new QLabel(m_workspaceBox);
    m_contents = new QLabel(m_workspaceBox);
    for (QLabel *l : {m_path, m_format, m_contents}) {
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    m_pathLabel = new QLabel(m_workspaceBox);
    m_formatLabel = new QLabel(m_workspaceBox);
    m_contentsLabel = new QLabel(m_workspaceBox);
    m_workspaceForm = new QFormLayout(m_workspaceBox);
    m_workspaceForm->addRow(m_pathLabel, m_path);
    m_workspaceForm->addRow(m_formatLabel, m_format);
    m_workspaceForm->addRow(m_contentsLabel, m_contents);
    // Recordings with a relative path are looked for in a folder on this computer.
    m_recordings = new QLabel(m_workspaceBox);
    m_recordings->setTextFormat(Qt::PlainText);
    m_recordings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recordings->setWordWrap(true);
    m_recordingsLabel = new QLabel(m_workspaceBox);
    m_chooseRecordings = new QPushButton(m_workspaceBox);
    m_defaultRecordings = new QPushButton(m_workspaceBox);
    auto *recordingsButtons = new QHBoxLayout;
    recordingsButtons->addWidget(m_chooseRecordings);
    recordingsButtons->addWidget(m_defaultRecordings);
    recordingsButtons->addStretch();
    m_workspaceForm->addRow(m_recordingsLabel, m_recordings);
    m_workspaceForm->addRow(nullptr, recordingsButtons);
    connect(m_chooseRecordings, &QPushButton::clicked, this, [this] {
        Database *db = m_session.database();
        if (!db)
            return;
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the folder of recordings"),
                                                                 AppSettings().recordingsFolder(db->path(), db->isServer()));
        if (!folder.isEmpty())
            setRecordingsFolder(folder);
    });
    connect(m_defaultRecordings, &QPushButton::clicked, this, [this] { setRecordingsFolder(QString()); });

    m_organisationBox = new QGroupBox(this);
    m_organisation = new QLineEdit(m_organisationBox);
    m_organisation->setMaxLength(120);
    m_organisationLabel = new QLabel(m_organisationBox);
    m_organisationLabel->setBuddy(m_organisation);
    m_logo = new QLabel(m_organisationBox);
    m_logo->setFixedSize(160, 48);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logoLabel = new QLabel(m_organisationBox);
    m_chooseLogo = new QPushButton(m_organisationBox);
    m_removeLogo = new QPushButton(m_organisationBox);
    m_pdfA = new QCheckBox(m_organisationBox);
    m_pdfA->setChecked(AppSettings().reportsAsPdfA());
    connect(m_pdfA, &QCheckBox::toggled, this, [](bool on) { AppSettings().setReportsAsPdfA(on); });
    m_organisationNote = new QLabel(m_organisationBox);
    m_organisationNote->setWordWrap(true);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch();
    auto *organisationForm = new QFormLayout(m_organisationBox);
    organisationForm->addRow(m_organisationLabel, m_organisation);
    organisationForm->addRow(m_logoLabel, logoRow);
    organisationForm->addRow(nullptr, m_organisationNote);
    organisationForm->addRow(nullptr, m_pdfA);

    // First-response targets per channel: data a QA lead sets, used by the scorecards.
    m_targetsBox = new QGroupBox(this);
    auto *targetsForm = new QFormLayout(m_targetsBox);
    for (Channel c : AllChannels) {
        auto *box = new DurationSpinBox(m_targetsBox);
        box->setDurationRange(1, 7 * 24 * 3600);
        box->setMaximumWidth(160);
        auto *label = new QLabel(m_targetsBox);
        label->setBuddy(box);
        targetsForm->addRow(label, box);
        m_targets << box;
        m_targetLabels << label;
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, [this, c](int seconds) {
            if (seconds < 1)
                return; // the dash of a channel with no target
            if (Database *db = m_session.database()) {
                if (const Status s = WorkspaceSettings(*db).setResponseTarget(channelKey(c), seconds); !s)
                    plain::warning(this, tr("Response-time targets"), s.error());
                m_indicatorTargets->reload(); // the channel's first-response target has the same time
                m_session.notifyDataChanged();
            }
        });
    }
    m_targetsNote = new QLabel(m_targetsBox);
    m_targetsNote->setWordWrap(true);
    targetsForm->addRow(nullptr, m_targetsNote);

    // Mystery-shop evidence limits (kept in the workspace) and this computer's daily backups.
    m_safetyBox = new QGroupBox(this);
    auto *safetyForm = new QFormLayout(m_safetyBox);
    m_evidenceLimit = new QSpinBox(m_safetyBox);
    m_evidenceLimit->setRange(1, 2048);
    m_packageLimit = new QSpinBox(m_safetyBox);
    m_packageLimit->setRange(1, 4096);
    m_backupsKept = new QSpinBox(m_safetyBox);
    m_backupsKept->setRange(0, 30);
    for (QSpinBox *box : {m_evidenceLimit, m_packageLimit, m_backupsKept}) {
        box->setKeyboardTracking(false);
        box->setMaximumWidth(140);
    }
    m_evidenceLabel = new QLabel(m_safetyBox);
    m_evidenceLabel->setBuddy(m_evidenceLimit);
    m_packageLabel = new QLabel(m_safetyBox);
    m_packageLabel->setBuddy(m_packageLimit);
    m_backupsLabel = new QLabel(m_safetyBox);
    m_backupsLabel->setBuddy(m_backupsKept);
    m_safetyNote = new QLabel(m_safetyBox);
    m_safetyNote->setWordWrap(true);
    safetyForm->addRow(m_evidenceLabel, m_evidenceLimit);
    safetyForm->addRow(m_packageLabel, m_packageLimit);
    safetyForm->addRow(m_backupsLabel, m_backupsKept);
    safetyForm->addRow(nullptr, m_safetyNote);
    auto saveLimits = [this] {
        Database *db = m_session.database();
        if (!db)
            return;
        constexpr qint64 MiB = 1024 * 1024;
        if (const Status s = WorkspaceSettings(*db).setEvidenceLimits(m_evidenceLimit->value() * MiB, m_packageLimit->value() * MiB); !s)
            plain::warning(this, tr("Mystery-shop evidence"), s.error());
        showSafety();
    };
    connect(m_evidenceLimit, qOverload<int>(&QSpinBox::valueChanged), this, saveLimits);
    connect(m_packageLimit, qOverload<int>(&QSpinBox::valueChanged), this, saveLimits);
    connect(m_backupsKept, qOverload<int>(&QSpinBox::valueChanged), this, [](int kept) { AppSettings().setBackupsKept(kept); });

    // The groups scroll: on a 768-pixel screen they are taller than the window.
    auto *content = new QWidget;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_interfaceBox);
    layout->addWidget(m_organisationBox);
    layout->addWidget(m_targetsBox);
    m_indicatorTargets = new IndicatorTargetsBox(m_session, this);
    connect(m_indicatorTargets, &IndicatorTargetsBox::changed, this, &SettingsPage::showTargets);
    layout->addWidget(m_indicatorTargets);
    layout->addWidget(new ComplaintSettingsBox(m_session, this));
    layout->addWidget(new ScreeningRulesBox(m_session, this));
    layout->addWidget(new UsersBox(m_session, this));
    layout->addWidget(m_safetyBox);
    layout->addWidget(m_workspaceBox);
    layout->addStretch(1);
    scroll->setWidget(content);

    connect(m_language, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString language = m_language->currentData().toString();
        AppSettings().setLanguage(language);
        emit languageChosen(language);
    });
    connect(m_organisation, &QLineEdit::editingFinished, this, [this] {
        Database *db = m_session.database();
        if (!db || m_organisation->text().trimmed() == WorkspaceSettings(*db).organisationName())
            return;
        if (const Status s = WorkspaceSettings(*db).setOrganisationName(m_organisation->text()); !s)
            plain::warning(this, tr("Organisation"), s.error());
    });
    connect(m_chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            setLogoFile(path);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        if (Database *db = m_session.database()) {
            if (const Status s = WorkspaceSettings(*db).setLogo({}); !s)
                plain::warning(this, tr("Organisation"), s.error());
        }
        showOrganisation();
    });
    connect(&m_session, &Session::opened, this, &SettingsPage::showSafety);
    connect(&m_session, &Session::closed, this, &SettingsPage::showSafety);
    connect(&m_session, &Session::opened, this, &SettingsPage::showOrganisation);
    connect(&m_session, &Session::opened, this, &SettingsPage::showTargets);
    connect(&m_session, &Session::closed, this, &SettingsPage::showTargets);
    connect(&m_session, &Session::userChanged, this, &SettingsPage::showTargets);
    connect(&m_session, &Session::closed, this, &SettingsPage::showOrganisation);
    connect(&m_session, &Session::opened, this, &SettingsPage::showWorkspace);
    connect(&m_session, &Session::closed, this, &SettingsPage::showWorkspace);
    connect(&m_session, &Session::dataChanged, this, &SettingsPage::showWorkspace);
    retranslate();
    // Made after a workspace was opened (pages are made on first use): show it now.
    showOrganisation();
    showTargets();
    showSafety();
    showWorkspace();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(m_language->findData(currentLanguage()));
    }
    m_interfaceBox->setTitle(tr("Interface"));
    m_workspaceBox->setTitle(tr("Workspace"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageNote->setText(tr("The language changes at once; open pages and unsaved work are kept."));
    m_organisationBox->setTitle(tr("Organisation (on every report)"));
    m_organisationLabel->setText(tr("&Name:"));
    m_organisation->setPlaceholderText(tr("e.g. 华东零售有限公司 East China Retail Ltd."));
    m_logoLabel->setText(tr("Logo:"));
    m_chooseLogo->setText(tr("C&hoose logo…"));
    m_pdfA->setText(tr("Write reports as PDF/A-1b for &archiving"));
    m_removeLogo->setText(tr("Re&move logo"));
    m_organisationNote->setText(tr("Kept in the workspace, so reports made from it on any computer (and with servqa-cli) carry them."));
    m_targetsBox->setTitle(tr("Response-time targets (first response)"));
    for (int i = 0; i < m_targetLabels.size(); ++i)
        m_targetLabels[i]->setText(tr("%1:").arg(channelName(AllChannels[i])));
    m_targetsNote->setText(tr("A first response within its channel's target counts as compliant on the scorecards."));
    m_safetyBox->setTitle(tr("Mystery-shop evidence and backups"));
    m_evidenceLabel->setText(tr("Largest &evidence file:"));
    m_packageLabel->setText(tr("Largest visit &package:"));
    m_backupsLabel->setText(tr("Daily &backups kept:"));
    for (QSpinBox *box : {m_evidenceLimit, m_packageLimit})
        box->setSuffix(tr(" MB"));
    m_backupsKept->setSpecialValueText(tr("none"));
    m_pathLabel->setText(tr("File:"));
    m_formatLabel->setText(tr("Format:"));
    m_contentsLabel->setText(tr("Contents:"));
    m_recordingsLabel->setText(tr("Recordings:"));
    m_chooseRecordings->setText(tr("Choose &folder…"));
    showSafety();
    showWorkspace();
    showOrganisation();
    showTargets();
}

void SettingsPage::showSafety()
{
    Database *db = m_session.database();
    constexpr qint64 MiB = 1024 * 1024;
    const QSignalBlocker blockEvidence(m_evidenceLimit);
    const QSignalBlocker blockPackage(m_packageLimit);
    const QSignalBlocker blockBackups(m_backupsKept);
    m_evidenceLimit->setEnabled(db != nullptr && !db->isReadOnly());
    m_packageLimit->setEnabled(db != nullptr && !db->isReadOnly());
    m_evidenceLimit->setValue(int((db ? WorkspaceSettings(*db).evidenceLimit() : WorkspaceSettings::DefaultEvidenceLimit) / MiB));
    m_packageLimit->setValue(int((db ? WorkspaceSettings(*db).packageLimit() : WorkspaceSettings::DefaultPackageLimit) / MiB));
    m_backupsKept->setValue(AppSettings().backupsKept());
    const QString limits = tr("Larger photos and packages are refused before they are read. The limits are kept in the workspace and "
                              "sent with each visit package.");
    const QString backupsText = db && db->isServer() ? tr("Daily backups are of workspace files on this computer; a server is backed up by its "
                                                          "administrator (pg_dump).")
                                                       : tr("Backups are made on this computer, once a day, in %1.").arg(backups::folder());
    m_safetyNote->setText(tr("%1 %2", "two sentences in a row").arg(limits, backupsText));
}

void SettingsPage::showTargets()
{
    Database *db = m_session.database();
    m_targetsBox->setEnabled(db != nullptr);
    m_indicatorTargets->reload();
    const auto targets = db ? WorkspaceSettings(*db).responseTargets() : Result<QMap<QString, int>>(QMap<QString, int>());
    for (int i = 0; i < m_targets.size(); ++i) {
        const QSignalBlocker block(m_targets[i]);
        // No workspace, or no target for the channel: a dash, not a made-up "1 s".
        if (db && targets && targets->contains(channelKey(AllChannels[i])))
            m_targets[i]->showValue(targets->value(channelKey(AllChannels[i])));
        else
            m_targets[i]->clearValue();
        m_targets[i]->setEnabled(db != nullptr && !db->isReadOnly() && maySetTargets(*db, m_session.userId()));
    }
}

bool SettingsPage::setLogoFile(const QString &path)
{
    Database *db = m_session.database();
    if (!db)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        plain::warning(this, tr("Organisation"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull()) {
        plain::warning(this, tr("Organisation"), tr("%1 is not an image ServQA can read.").arg(path));
        return false;
    }
    if (const Status s = WorkspaceSettings(*db).setLogo(bytes); !s) {
        plain::warning(this, tr("Organisation"), s.error());
        return false;
    }
    showOrganisation();
    return true;
}

void SettingsPage::showOrganisation()
{
    Database *db = m_session.database();
    m_organisationBox->setEnabled(db != nullptr);
    m_organisation->setText(db ? WorkspaceSettings(*db).organisationName() : QString());
    const QImage logo = db ? QImage::fromData(WorkspaceSettings(*db).logo()) : QImage();
    m_removeLogo->setEnabled(!logo.isNull());
    if (logo.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(logo.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
}

void SettingsPage::showEvent(QShowEvent *event)
{
    showWorkspace();
    QWidget::showEvent(event);
}

void SettingsPage::showWorkspace()
{
    // Counting a million-row workspace takes a noticeable moment: only while it is on screen.
    if (!isVisible())
        return;
    Database *db = m_session.database();
    m_workspaceBox->setEnabled(db != nullptr);
    if (!db) {
        m_path->setText(tr("No workspace is open."));
        m_format->clear();
        m_contents->clear();
        return;
    }
    m_path->setText(db->path());
    m_pathLabel->setText(db->isServer() ? tr("Server:") : tr("File:"));
    m_format->setText(db->isServer() ? tr("PostgreSQL, workspace format %1; what you see is what your role may see").arg(db->schemaVersion())
                                     : tr("SQLite, workspace format %1").arg(db->schemaVersion()));
    QStringList parts;
    const std::pair<const char *, QString> counts[] = {
        {"SELECT COUNT(*) FROM sites", tr("%1 sites")},
        {"SELECT COUNT(*) FROM staff", tr("%1 staff")},
        {"SELECT COUNT(*) FROM interactions", tr("%1 interactions")},
        {"SELECT COUNT(*) FROM evaluations", tr("%1 evaluations")},
    };
    for (const auto &[sql, text] : counts) {
        QSqlQuery q(db->connection());
        if (q.exec(QString::fromLatin1(sql)) && q.next())
            parts << text.arg(formatCount(q.value(0).toLongLong()));
    }
    m_contents->setText(parts.join(QStringLiteral(" · ")));
    showRecordingsFolder();
}

void SettingsPage::showRecordingsFolder()
{
    Database *db = m_session.database();
    if (!db) {
        m_recordings->clear();
        return;
    }
    const AppSettings settings;
    const QString folder = settings.recordingsFolder(db->path(), db->isServer());
    if (folder.isEmpty())
        m_recordings->setText(tr("None chosen on this computer. A server has no folder of its own: choose where its recordings are "
                                 "(e.g. a shared drive); until then calls with a recording in it cannot be played."));
    else if (!settings.hasChosenRecordingsFolder(db->path()))
        m_recordings->setText(tr("%1 (the workspace's folder)").arg(QDir::toNativeSeparators(folder)));
    else
        m_recordings->setText(QDir::toNativeSeparators(folder));
    m_defaultRecordings->setText(db->isServer() ? tr("Fo&rget the folder") : tr("Use the wo&rkspace's folder"));
    m_defaultRecordings->setEnabled(settings.hasChosenRecordingsFolder(db->path()));
}

void SettingsPage::setRecordingsFolder(const QString &folder)
{
    if (Database *db = m_session.database())
        AppSettings().setRecordingsFolder(db->path(), folder);
    showRecordingsFolder();
}

} // namespace servqa
