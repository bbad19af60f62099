#include "settingspage.h"

#include "appsettings.h"
#include "formatting.h"
#include "session.h"
#include "translations.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_interfaceBox);
    layout->addWidget(m_workspaceBox);
    layout->addStretch(1);

    connect(m_language, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString language = m_language->currentData().toString();
        AppSettings().setLanguage(language);
        emit languageChosen(language);
    });
    connect(&m_session, &Session::opened, this, &SettingsPage::showWorkspace);
    connect(&m_session, &Session::closed, this, &SettingsPage::showWorkspace);
    connect(&m_session, &Session::dataChanged, this, &SettingsPage::showWorkspace);
    retranslate();
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
    m_pathLabel->setText(tr("File:"));
    m_formatLabel->setText(tr("Format:"));
    m_contentsLabel->setText(tr("Contents:"));
    showWorkspace();
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
    m_format->setText(tr("SQLite, workspace format %1").arg(db->schemaVersion()));
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
}

} // namespace servqa
